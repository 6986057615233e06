import { useState } from 'react';
import type { CuratedList, CuratedStatement } from '../../../shared/exercises/definition/curation';
import { t } from '../../i18n';

interface Props {
  label: string;
  list: CuratedList;
  selected: readonly string[];
  onSelect: (id: string, on: boolean) => void;
  onHide: (id: string, hidden: boolean) => void;
  onSplit: (mergeId: string) => void;
}

function Upvotes({ n }: { n: number }) {
  return (
    <span className="curated-statement__upvotes">
      <span aria-hidden="true">▲</span> {n}
      <span className="visually-hidden"> {t('boards.statements.upvotes', { count: n })}</span>
    </span>
  );
}

/** One of the two lists, ranked by upvotes: pick statements to merge, hide duplicates, split merges. */
export function StatementList({ label, list, selected, onSelect, onHide, onSplit }: Props) {
  const [showHidden, setShowHidden] = useState(false);
  return (
    <section className="curated-statement-list" aria-label={label} data-testid={`statements-${list.id}`}>
      <h4>{label}</h4>
      {list.statements.length === 0 ? <p className="muted">{t('boards.statements.none')}</p> : null}
      <ol className="curated-statement-list__items">
        {list.statements.map((s, rank) => (
          <StatementRow
            key={s.id}
            statement={s}
            rank={rank + 1}
            selected={selected.includes(s.id)}
            onSelect={(on) => onSelect(s.id, on)}
            onHide={() => onHide(s.id, true)}
            onSplit={() => onSplit(s.id)}
          />
        ))}
      </ol>
      {list.hidden.length > 0 ? (
        <div className="curated-statement-list__hidden">
          <button
            className="btn btn-sm btn-ghost"
            aria-expanded={showHidden}
            onClick={() => setShowHidden(!showHidden)}
          >
            {showHidden ? '▾' : '▸'} {t('boards.statements.hidden', { count: list.hidden.length })}
          </button>
          {showHidden ? (
            <ul className="curated-statement-list__items">
              {list.hidden.map((s) => (
                <li key={s.id} className="curated-statement curated-statement--hidden">
                  <span className="curated-statement__text">{s.text}</span>
                  <Upvotes n={s.upvotes} />
                  <button
                    className="btn btn-sm"
                    onClick={() => onHide(s.id, false)}
                    aria-label={t('boards.statements.showText', { text: s.text })}
                  >
                    {t('boards.statements.show')}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function StatementRow({
  statement,
  rank,
  selected,
  onSelect,
  onHide,
  onSplit,
}: {
  statement: CuratedStatement;
  rank: number;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onHide: () => void;
  onSplit: () => void;
}) {
  const merged = statement.mergedFrom.length > 0;
  return (
    <li
      className={`curated-statement ${selected ? 'curated-statement--selected' : ''}`}
      data-testid="statement"
    >
      <label className="curated-statement__pick">
        <input
          type="checkbox"
          checked={selected}
          onChange={(e) => onSelect(e.target.checked)}
          aria-label={t('boards.statements.select', { text: statement.text })}
        />
        <span className="curated-statement__rank">{rank}</span>
      </label>
      <span className="curated-statement__text">
        {statement.text}
        {merged ? (
          <details className="curated-statement__sources">
            <summary>{t('boards.statements.mergedFrom', { count: statement.mergedFrom.length })}</summary>
            <ul>
              {statement.mergedFrom.map((m) => (
                <li key={m.id}>
                  {m.text} <span className="muted">▲ {m.upvotes}</span>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </span>
      <Upvotes n={statement.upvotes} />
      <span className="curated-statement__tools">
        {merged ? (
          <button
            className="btn btn-sm btn-ghost"
            onClick={onSplit}
            aria-label={t('boards.statements.splitText', { text: statement.text })}
          >
            {t('boards.statements.split')}
          </button>
        ) : null}
        <button
          className="btn btn-sm btn-ghost"
          onClick={onHide}
          aria-label={t('boards.statements.hideText', { text: statement.text })}
        >
          {t('boards.statements.hide')}
        </button>
      </span>
    </li>
  );
}
