import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { titleKey } from '../../../shared/exercises/push-pull/cardImport';
import { formatNumber, t } from '../../i18n';
import { TextArea, TextField } from '../../ui/TextField';
import './items.css';

export interface ListItem {
  id: string;
  description: string;
}

interface Props<T extends ListItem> {
  /** "card" or "offering". */
  noun: string;
  items: readonly T[];
  titleOf: (item: T) => string;
  withTitle: (item: T, title: string) => T;
  create: (title: string) => T;
  /** `coalesce` names the field being typed in, so typing is one undo step. */
  onChange: (items: T[], coalesce?: string) => void;
  max: number;
  titleMax: number;
  descriptionMax: number;
}

interface Actions {
  setTitle: (id: string, title: string) => void;
  setDescription: (id: string, description: string) => void;
  move: (id: string, by: -1 | 1) => void;
  remove: (id: string) => void;
}

/** Show the find box from this many items: a 500-card list is long to scroll. */
const FIND_FROM = 12;

/**
 * Cards or offerings, one by one: title, an optional description, order, remove; a find box for
 * long lists. Rows are memoised so typing in one of 500 does not re-render the others.
 */
export function ItemListEditor<T extends ListItem>(props: Props<T>) {
  const { noun, items, titleOf, create, max, titleMax, descriptionMax } = props;
  const [draft, setDraft] = useState('');
  const [find, setFind] = useState('');
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  // Stable across renders, reading the latest props: memoised rows keep the same callbacks.
  const actions = useMemo<Actions>(() => {
    const change = (next: T[], coalesce?: string) => latest.current.onChange(next, coalesce);
    const list = () => latest.current.items;
    return {
      setTitle: (id, title) =>
        change(
          list().map((x) => (x.id === id ? latest.current.withTitle(x, title) : x)),
          `items.${id}.title`,
        ),
      setDescription: (id, description) =>
        change(
          list().map((x) => (x.id === id ? { ...x, description } : x)),
          `items.${id}.description`,
        ),
      move: (id, by) => {
        const next = [...list()];
        const from = next.findIndex((x) => x.id === id);
        const to = from + by;
        if (from < 0 || to < 0 || to >= next.length) return;
        const [moved] = next.splice(from, 1);
        next.splice(to, 0, moved!);
        change(next);
      },
      remove: (id) => change(list().filter((x) => x.id !== id)),
    };
  }, []);

  const needle = titleKey(find);
  const shown = needle ? items.filter((item) => titleKey(titleOf(item)).includes(needle)) : items;
  const duplicate = draft.trim() !== '' && items.some((x) => titleKey(titleOf(x)) === titleKey(draft));

  const add = () => {
    const title = draft.replace(/\s+/g, ' ').trim();
    if (!title || items.length >= max || duplicate) return;
    props.onChange([...items, create(title.slice(0, titleMax))]);
    setDraft('');
  };

  return (
    <div className="items-editor" role="group" aria-label={t('boards.items.group', { noun })}>
      {items.length >= FIND_FROM ? (
        <label className="items-find">
          <span className="visually-hidden">{t('boards.items.find', { noun })}</span>
          <input
            className="input"
            type="search"
            placeholder={t('boards.items.findPlaceholder', { noun })}
            value={find}
            onChange={(e) => setFind(e.target.value)}
          />
          {needle ? (
            <span className="muted">
              {t('boards.items.found', {
                shown: formatNumber(shown.length),
                total: formatNumber(items.length),
              })}
            </span>
          ) : null}
        </label>
      ) : null}
      {items.length > 0 ? (
        <ol className="items-list">
          {shown.map((item) => {
            const index = items.indexOf(item);
            return (
              <ItemRow
                key={item.id}
                id={item.id}
                noun={noun}
                title={titleOf(item)}
                description={item.description}
                index={index}
                last={index === items.length - 1}
                canMove={!needle}
                titleMax={titleMax}
                descriptionMax={descriptionMax}
                actions={actions}
              />
            );
          })}
        </ol>
      ) : null}
      {items.length < max ? (
        <div className="items-add">
          <input
            className="input"
            aria-label={t('boards.items.new', { noun })}
            placeholder={t('boards.items.addOne', { noun })}
            maxLength={titleMax}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && add()}
          />
          <button className="btn" onClick={add} disabled={!draft.trim() || duplicate}>
            {t('boards.items.add')}
          </button>
        </div>
      ) : (
        <p className="muted">{t('boards.items.full', { max: formatNumber(max) })}</p>
      )}
      {duplicate ? <p className="items-warning">{t('boards.items.duplicate', { noun })}</p> : null}
    </div>
  );
}

interface RowProps {
  id: string;
  /** "card" or "offering". */
  noun: string;
  title: string;
  description: string;
  index: number;
  last: boolean;
  canMove: boolean;
  titleMax: number;
  descriptionMax: number;
  actions: Actions;
}

const ItemRow = memo(function ItemRow(props: RowProps) {
  const { id, noun, title, description, index, last, canMove, actions } = props;
  const [open, setOpen] = useState(false);
  return (
    <li className="items-row" data-testid="item-row">
      <span className="items-index" aria-hidden="true">
        {index + 1}
      </span>
      <TextField
        aria-label={t('boards.items.title', { noun, number: index + 1 })}
        maxLength={props.titleMax}
        required
        value={title}
        onCommit={(text) => actions.setTitle(id, text)}
      />
      <button
        className={`btn btn-sm btn-ghost items-describe${description ? ' has-text' : ''}`}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        aria-label={t('boards.items.descriptionOf', { title })}
        title={description || t('boards.items.addDescription')}
      >
        {description ? t('boards.items.described') : t('boards.items.describe')}
      </button>
      <button
        className="btn btn-sm btn-ghost"
        disabled={!canMove || index === 0}
        onClick={() => actions.move(id, -1)}
        aria-label={t('boards.items.up', { title })}
      >
        ↑
      </button>
      <button
        className="btn btn-sm btn-ghost"
        disabled={!canMove || last}
        onClick={() => actions.move(id, 1)}
        aria-label={t('boards.items.down', { title })}
      >
        ↓
      </button>
      <button
        className="btn btn-sm btn-ghost btn-danger"
        onClick={() => actions.remove(id)}
        aria-label={t('boards.items.remove', { title })}
      >
        ✕
      </button>
      {open ? (
        <TextArea
          className="textarea items-description"
          aria-label={t('boards.items.descriptionOfNumber', { noun, number: index + 1 })}
          placeholder={t('boards.items.descriptionPlaceholder')}
          maxLength={props.descriptionMax}
          value={description}
          onCommit={(text) => actions.setDescription(id, text)}
        />
      ) : null}
    </li>
  );
});
