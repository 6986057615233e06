import { useMemo, useState } from 'react';
import { DECISIONS, MAX_OFFERINGS, type Offering } from '../../../shared/exercises/simplify/schema';
import { simplifyBoard } from '../../../shared/exercises/simplify/board';
import type { Decision } from '../../../shared/exercises/simplify/schema';
import { t } from '../../i18n';
import { BoardLayer } from '../../console/boards/BoardLayer';
import { BoardSummary } from '../../console/boards/BoardSummary';
import { SimplifyBoard } from './Board';
import { closedResult } from '../../console/boards/withExercise';
import { ItemsEditor } from '../../console/exercises/ItemsEditor';
import { PromptField } from '../../console/exercises/PromptField';
import type { EditorProps } from '../types';

/** The decisions as the summary names them, in the console's language. */
const decisionLabel = (decision: Decision) =>
  ({
    keep: t('agenda.simplify.keep'),
    simplify: t('agenda.simplify.simplify'),
    retire: t('agenda.simplify.retire'),
    question: t('agenda.simplify.question'),
  })[decision];

export function SimplifyEditor({ exercise, onChange, workshop, update }: EditorProps<'simplify'>) {
  const [boardOpen, setBoardOpen] = useState(false);
  const { results, initiatives } = workshop;
  const result = useMemo(() => closedResult(results, exercise.id, 'two-axis-rating'), [results, exercise.id]);
  const board = useMemo(
    () => simplifyBoard({ initiatives }, exercise, result),
    [initiatives, exercise, result],
  );

  return (
    <>
      <section className="editor-section">
        <PromptField exercise={exercise} onChange={onChange} />
        <p className="muted">{t('agenda.simplify.hint')}</p>
      </section>

      <BoardSummary
        id="simplify-board-title"
        title={t('agenda.simplify.decisions')}
        summary={
          board.rated > 0
            ? t('agenda.simplify.summary', {
                rated: board.rated,
                total: exercise.offerings.length,
                decisions: DECISIONS.map((d) => `${decisionLabel(d)} ${board.places[d].length}`).join(' · '),
                saved: String(board.saved),
              })
            : t('agenda.simplify.before')
        }
        hasResults={board.rated > 0}
        disabled={exercise.offerings.length === 0}
        onOpen={() => setBoardOpen(true)}
      />
      <section className="editor-section">
        <h3>
          {t('agenda.simplify.offerings')}{' '}
          <span className="badge">
            {exercise.offerings.length} / {MAX_OFFERINGS}
          </span>
        </h3>
        <p className="muted">{t('agenda.simplify.offeringsHint')}</p>
        <ItemsEditor<Offering>
          noun="offering"
          items={exercise.offerings}
          max={MAX_OFFERINGS}
          titleOf={(o) => o.name}
          make={(id, name, description) => ({ id, name, description })}
          withTitle={(o, name) => ({ ...o, name })}
          csvHint={t('agenda.simplify.csvHint')}
          onChange={(offerings, coalesce) => onChange({ ...exercise, offerings }, coalesce)}
        />
      </section>

      {boardOpen ? (
        <BoardLayer
          title={t('agenda.simplify.boardTitle', { title: exercise.title })}
          onClose={() => setBoardOpen(false)}
        >
          <SimplifyBoard workshop={workshop} update={update} exerciseId={exercise.id} />
        </BoardLayer>
      ) : null}
    </>
  );
}
