import { useState, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';

type Common = {
  value: string;
  /** Called with every valid value as the person types. */
  onCommit: (value: string) => void;
  /** A value the field may not be left with (e.g. an empty name); reverted on blur. */
  required?: boolean;
};

/**
 * A field that may be empty while being edited even when the saved value may not:
 * it commits valid values as you type and restores the last saved one on blur.
 */
export function TextField({
  value,
  onCommit,
  required,
  ...rest
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const [draft, setDraft] = useDraft(value);
  return (
    <input
      {...rest}
      className={rest.className ?? 'input'}
      value={draft}
      onChange={(e) => {
        setDraft(e.target.value);
        if (!required || e.target.value.trim()) onCommit(e.target.value);
      }}
      onBlur={(e) => {
        if (required && !draft.trim()) setDraft(value);
        rest.onBlur?.(e);
      }}
    />
  );
}

export function TextArea({
  value,
  onCommit,
  required,
  ...rest
}: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'>) {
  const [draft, setDraft] = useDraft(value);
  return (
    <textarea
      {...rest}
      className={rest.className ?? 'textarea'}
      value={draft}
      onChange={(e) => {
        setDraft(e.target.value);
        if (!required || e.target.value.trim()) onCommit(e.target.value);
      }}
      onBlur={(e) => {
        if (required && !draft.trim()) setDraft(value);
        rest.onBlur?.(e);
      }}
    />
  );
}

/** Local text that follows the saved value whenever that changes from outside (undo, another field). */
function useDraft(value: string): [string, (draft: string) => void] {
  const [draft, setDraft] = useState(value);
  const [saved, setSaved] = useState(value);
  if (saved !== value) {
    setSaved(value);
    setDraft(value);
  }
  return [draft, setDraft];
}
