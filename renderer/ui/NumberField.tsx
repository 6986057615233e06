import { useState, type FocusEvent, type InputHTMLAttributes, type KeyboardEvent } from 'react';

type Props<V extends number | null> = {
  value: V;
  min: number;
  max: number;
  /** Called with every whole number within min and max as the person types, and with the clamped value on leaving. */
  onCommit: (value: V) => void;
  /** What an emptied field means when left (null: "not set"); without it the saved value comes back. */
  emptyAs?: V;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'min' | 'max' | 'type'>;

/** The whole number a typed text stands for, within min and max; null for an empty or unreadable text. */
export function clampTyped(text: string, min: number, max: number): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  if (!Number.isFinite(value)) return null;
  return Math.min(max, Math.max(min, Math.round(value)));
}

/**
 * A number input that lets the person type freely: "7" on the way to "70" stays as typed even
 * when the minimum is 50. Values already in range are committed at once (the screen follows as
 * you type); the field is clamped when left or on Enter.
 */
export function NumberField<V extends number | null>({
  value,
  min,
  max,
  onCommit,
  emptyAs,
  ...rest
}: Props<V>) {
  const shown = value === null ? '' : String(value);
  const [draft, setDraft] = useState(shown);
  const [saved, setSaved] = useState(shown);
  // The saved value changed from outside (undo, another view): show it.
  if (saved !== shown) {
    setSaved(shown);
    setDraft(shown);
  }

  const settle = () => {
    const clamped = clampTyped(draft, min, max);
    if (clamped === null) {
      if (draft.trim() === '' && emptyAs !== undefined) {
        if (emptyAs !== value) onCommit(emptyAs);
        setDraft(emptyAs === null ? '' : String(emptyAs));
      } else setDraft(shown);
      return;
    }
    if (clamped !== value) onCommit(clamped as V);
    setDraft(String(clamped));
  };

  return (
    <input
      {...rest}
      className={rest.className ?? 'input'}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      value={draft}
      onChange={(event) => {
        const text = event.target.value;
        setDraft(text);
        const clamped = clampTyped(text, min, max);
        if (clamped !== null && clamped === Number(text) && clamped !== value) onCommit(clamped as V);
      }}
      onBlur={(event: FocusEvent<HTMLInputElement>) => {
        settle();
        rest.onBlur?.(event);
      }}
      onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
        if (event.key === 'Enter') settle();
        rest.onKeyDown?.(event);
      }}
    />
  );
}
