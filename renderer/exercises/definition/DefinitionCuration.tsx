import { useState } from 'react';
import type { Definition } from '../../../shared/exercises/definition/schema';
import {
  mergeStatements,
  setStatementHidden,
  unmergeStatement,
  type CuratedList,
} from '../../../shared/exercises/definition/curation';
import type { PracticeShare } from '../../../shared/workshop/practice';
import { PracticeNotice } from '../../console/boards/PracticeNotice';
import { formatNumber, t } from '../../i18n';
import { StatementList } from './StatementList';

interface Props {
  exercise: Definition;
  lists: readonly CuratedList[];
  labels: readonly string[];
  onChange: (exercise: Definition) => void;
  /** Set when the statements include practice answers (findResult's `practice`). */
  practice?: PracticeShare | null;
}

/** The room's statements in the two lists: merge the ones that say the same, hide duplicates. */
export function DefinitionCuration({ exercise, lists, labels, onChange, practice }: Props) {
  const [selection, setSelection] = useState<{ list: string; ids: string[] }>({ list: '', ids: [] });
  const [text, setText] = useState('');
  const curation = exercise.curation;
  const chosen = lists
    .find((l) => l.id === selection.list)
    ?.statements.filter((s) => selection.ids.includes(s.id));

  function select(list: string, id: string, on: boolean) {
    const ids = selection.list === list ? selection.ids : [];
    const next = on ? [...ids, id] : ids.filter((x) => x !== id);
    setSelection({ list, ids: next });
    // Start from the best-voted text unless the facilitator has already written their own.
    const statements = lists.find((l) => l.id === list)?.statements ?? [];
    const top = statements.find((s) => next.includes(s.id));
    if (!text.trim() || statements.some((s) => s.text === text)) setText(top?.text ?? '');
  }

  function merge() {
    const next = mergeStatements(curation, selection.ids, selection.list, text);
    if (next === curation) return;
    onChange({ ...exercise, curation: next });
    setSelection({ list: '', ids: [] });
    setText('');
  }

  return (
    <div className="definition-curation">
      <PracticeNotice share={practice} />
      <div className="definition-curation__lists">
        {lists.map((list, i) => (
          <StatementList
            key={list.id}
            label={labels[i] ?? list.id}
            list={list}
            selected={selection.list === list.id ? selection.ids : []}
            onSelect={(id, on) => select(list.id, id, on)}
            onHide={(id, hidden) =>
              onChange({ ...exercise, curation: setStatementHidden(curation, id, hidden) })
            }
            onSplit={(id) => onChange({ ...exercise, curation: unmergeStatement(curation, id) })}
          />
        ))}
      </div>
      {chosen && chosen.length >= 2 ? (
        <div className="merge-bar" role="group" aria-label={t('boards.curation.merge')}>
          <label className="field grow">
            <span>
              {t('boards.curation.mergedWith', {
                selected: formatNumber(chosen.length),
                upvotes: formatNumber(chosen.reduce((n, s) => n + s.upvotes, 0)),
              })}
            </span>
            <input
              className="input"
              aria-label={t('boards.curation.merged')}
              maxLength={500}
              value={text}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => e.key === 'Enter' && merge()}
            />
          </label>
          <button className="btn btn-primary" disabled={!text.trim()} onClick={merge}>
            {t('boards.curation.mergeCount', { count: chosen.length })}
          </button>
          <button className="btn btn-ghost" onClick={() => setSelection({ list: '', ids: [] })}>
            {t('boards.curation.cancel')}
          </button>
        </div>
      ) : (
        <p className="muted">{t('boards.curation.tip')}</p>
      )}
    </div>
  );
}
