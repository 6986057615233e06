import { useMemo, useState } from 'react';
import { MAX_CARDS, type Card } from '../../../shared/exercises/push-pull/schema';
import { COLUMN_LABELS, BOARD_COLUMNS, pushPullBoard } from '../../../shared/exercises/push-pull/board';
import { BoardLayer } from '../../console/boards/BoardLayer';
import { BoardSummary } from '../../console/boards/BoardSummary';
import { PushPullBoard } from './Board';
import { closedResult } from '../../console/boards/withExercise';
import { NumberField } from '../../ui/NumberField';
import { ItemsEditor } from '../../console/exercises/ItemsEditor';
import { PromptField } from '../../console/exercises/PromptField';
import type { EditorProps } from '../types';

export function PushPullEditor({ exercise, onChange, workshop, update }: EditorProps<'push-pull'>) {
  const [boardOpen, setBoardOpen] = useState(false);
  const { results } = workshop;
  const result = useMemo(
    () => closedResult(results, exercise.id, 'card-classification'),
    [results, exercise.id],
  );
  const board = useMemo(() => pushPullBoard(exercise, result), [exercise, result]);
  const proposed = exercise.cards.filter((c) => c.proposed).length;

  return (
    <>
      <section className="editor-section">
        <PromptField exercise={exercise} onChange={onChange} />
        <label className="field inline-field">
          <span>Contested below</span>
          <NumberField
            min={50}
            max={100}
            value={exercise.contestedThreshold}
            onCommit={(contestedThreshold) => onChange({ ...exercise, contestedThreshold }, 'threshold')}
          />
          <span className="muted" title="Unsure votes count in the total">
            % for either side
          </span>
        </label>
        <label className="toggle-field">
          <input
            type="checkbox"
            checked={exercise.allowProposals}
            onChange={(e) => onChange({ ...exercise, allowProposals: e.target.checked })}
          />
          <span>
            <strong>Participants propose cards</strong>
            <span className="muted">
              Phones propose cards before the sort; you approve them in Run live and they join the sort.
            </span>
          </span>
        </label>
      </section>

      <BoardSummary
        id="push-pull-board-title"
        title="Board"
        summary={
          board.voted > 0
            ? `${board.voted} of ${exercise.cards.length} cards voted on. ${BOARD_COLUMNS.map((c) => `${COLUMN_LABELS[c]} ${board.places[c].length}`).join(' · ')}. ${board.saved ? 'Final placement saved.' : 'Not finalised yet.'}`
            : 'After the room has voted, finalise the placement of each card here: Push, Pull or Contested.'
        }
        hasResults={board.voted > 0}
        disabled={exercise.cards.length === 0}
        onOpen={() => setBoardOpen(true)}
      />
      <section className="editor-section">
        <h3>
          Cards{' '}
          <span className="badge">
            {exercise.cards.length} / {MAX_CARDS}
          </span>
        </h3>
        <p className="muted">
          Products, features, projects or campaigns the room will sort.
          {proposed > 0 ? ` ${proposed} of them proposed by participants.` : ''}
        </p>
        <ItemsEditor<Card>
          noun="card"
          items={exercise.cards}
          max={MAX_CARDS}
          titleOf={(c) => c.title}
          make={(id, title, description) => ({ id, title, description })}
          withTitle={(c, title) => ({ ...c, title })}
          csvHint="A CSV with a title column and, if you like, a description column."
          onChange={(cards, coalesce) => onChange({ ...exercise, cards }, coalesce)}
        />
      </section>

      {boardOpen ? (
        <BoardLayer title={`${exercise.title} — board`} onClose={() => setBoardOpen(false)}>
          <PushPullBoard workshop={workshop} update={update} exerciseId={exercise.id} />
        </BoardLayer>
      ) : null}
    </>
  );
}
