import { useState, type FocusEvent, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';

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
  const draft = useDraftField({ value, onCommit, required }, rest.onBlur);
  return <input {...rest} className={rest.className ?? 'input'} {...draft} />;
}

export function TextArea({
  value,
  onCommit,
  required,
  ...rest
}: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'>) {
  const draft = useDraftField({ value, onCommit, required }, rest.onBlur);
  return <textarea {...rest} className={rest.className ?? 'textarea'} {...draft} />;
}

/** Local text that follows the saved value whenever that changes from outside (undo, another field). */
function useDraftField<E extends HTMLInputElement | HTMLTextAreaElement>(
  { value, onCommit, required }: Common,
  onBlur: ((event: FocusEvent<E>) => void) | undefined,
) {
  const [draft, setDraft] = useState(value);
  const [saved, setSaved] = useState(value);
  if (saved !== value) {
    setSaved(value);
    setDraft(value);
  }
  return {
    value: draft,
    onChange: (event: { target: { value: string } }) => {
      setDraft(event.target.value);
      if (!required || event.target.value.trim()) onCommit(event.target.value);
    },
    onBlur: (event: FocusEvent<E>) => {
      if (required && !draft.trim()) setDraft(value);
      onBlur?.(event);
    },
  };
}
