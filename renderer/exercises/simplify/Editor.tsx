import { useMemo, useState } from 'react';
import { DECISIONS, MAX_OFFERINGS, type Offering } from '../../../shared/exercises/simplify/schema';
import { DECISION_LABELS, simplifyBoard } from '../../../shared/exercises/simplify/board';
import { BoardLayer } from '../../console/boards/BoardLayer';
import { BoardSummary } from '../../console/boards/BoardSummary';
import { SimplifyBoard } from './Board';
import { closedResult } from '../../console/boards/withExercise';
import { ItemsEditor } from '../../console/exercises/ItemsEditor';
import { PromptField } from '../../console/exercises/PromptField';
import type { EditorProps } from '../types';

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
        <p className="muted">
          Participants rate each offering on value to the customer (1–5) and burden on the customer (1–5), and
          say whether it meets the basics customers expect.
        </p>
      </section>

      <BoardSummary
        id="simplify-board-title"
        title="Decisions"
        summary={
          board.rated > 0
            ? `${board.rated} of ${exercise.offerings.length} offerings rated. ${DECISIONS.map((d) => `${DECISION_LABELS[d]} ${board.places[d].length}`).join(' · ')}. ${board.saved ? 'Decisions saved.' : 'Not finalised yet.'}`
            : 'After the room has rated, decide for each offering here: keep, simplify, retire or question.'
        }
        hasResults={board.rated > 0}
        disabled={exercise.offerings.length === 0}
        onOpen={() => setBoardOpen(true)}
      />
      <section className="editor-section">
        <h3>
          Offerings{' '}
          <span className="badge">
            {exercise.offerings.length} / {MAX_OFFERINGS}
          </span>
        </h3>
        <p className="muted">Products, services, options and variants customers can buy.</p>
        <ItemsEditor<Offering>
          noun="offering"
          items={exercise.offerings}
          max={MAX_OFFERINGS}
          titleOf={(o) => o.name}
          make={(id, name, description) => ({ id, name, description })}
          withTitle={(o, name) => ({ ...o, name })}
          csvHint="A CSV with a name column and, if you like, a description column."
          onChange={(offerings, coalesce) => onChange({ ...exercise, offerings }, coalesce)}
        />
      </section>

      {boardOpen ? (
        <BoardLayer title={`${exercise.title} — decisions`} onClose={() => setBoardOpen(false)}>
          <SimplifyBoard workshop={workshop} update={update} exerciseId={exercise.id} />
        </BoardLayer>
      ) : null}
    </>
  );
}
