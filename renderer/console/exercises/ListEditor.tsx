import { useState } from 'react';
import { t } from '../../i18n';
import { TextField } from '../../ui/TextField';

interface Props<T> {
  /** One item, as a row's name: "Department" ("Department 2"). */
  label: string;
  /** The field that adds one: "New department". */
  newLabel: string;
  items: T[];
  textOf: (item: T) => string;
  withText: (item: T, text: string) => T;
  create: (text: string) => T;
  keyOf: (item: T) => string;
  onChange: (items: T[], coalesce?: string) => void;
  max: number;
  maxLength: number;
  placeholder: string;
  /** Extra controls per row (e.g. before/after purchase). */
  extra?: (item: T, set: (item: T) => void) => React.ReactNode;
  minItems?: number;
}

/** An editable, reorderable list of short texts: questions, departments, stages. */
export function ListEditor<T>(props: Props<T>) {
  const {
    label,
    newLabel,
    items,
    textOf,
    withText,
    create,
    keyOf,
    onChange,
    max,
    maxLength,
    placeholder,
    extra,
  } = props;
  const [draft, setDraft] = useState('');
  const minItems = props.minItems ?? 0;

  const set = (index: number, item: T, coalesce?: string) =>
    onChange(
      items.map((x, i) => (i === index ? item : x)),
      coalesce,
    );
  const move = (index: number, by: -1 | 1) => {
    const next = [...items];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved!);
    onChange(next);
  };
  const add = () => {
    const text = draft.trim();
    if (!text || items.length >= max) return;
    onChange([...items, create(text.slice(0, maxLength))]);
    setDraft('');
  };

  return (
    <div className="list-editor" role="group" aria-label={label}>
      <ol className="list-editor-items">
        {items.map((item, index) => (
          <li key={keyOf(item)} className="list-editor-row">
            <TextField
              aria-label={t('agenda.list.row', { label, number: index + 1 })}
              maxLength={maxLength}
              required
              value={textOf(item)}
              onCommit={(text) => set(index, withText(item, text), `list.${keyOf(item)}`)}
            />
            {extra?.(item, (changed) => set(index, changed))}
            <button
              className="btn btn-sm btn-ghost"
              disabled={index === 0}
              onClick={() => move(index, -1)}
              aria-label={t('agenda.moveUp')}
            >
              ↑
            </button>
            <button
              className="btn btn-sm btn-ghost"
              disabled={index === items.length - 1}
              onClick={() => move(index, 1)}
              aria-label={t('agenda.moveDown')}
            >
              ↓
            </button>
            <button
              className="btn btn-sm btn-ghost btn-danger"
              disabled={items.length <= minItems}
              onClick={() => onChange(items.filter((_, i) => i !== index))}
              aria-label={t('agenda.item.remove', { title: textOf(item) })}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
      {items.length < max && (
        <div className="list-editor-add">
          <input
            className="input"
            aria-label={newLabel}
            placeholder={placeholder}
            maxLength={maxLength}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && add()}
          />
          <button className="btn" onClick={add} disabled={!draft.trim()}>
            {t('agenda.list.add')}
          </button>
        </div>
      )}
    </div>
  );
}
