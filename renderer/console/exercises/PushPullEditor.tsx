import { useMemo, useState } from 'react';
import { newId } from '../../../shared/ids';
import { MAX_CARDS, type Card } from '../../../shared/exercises/pushPull';
import { COLUMN_LABELS, BOARD_COLUMNS, pushPullBoard } from '../../../shared/exercises/pushPullBoard';
import { TextArea } from '../../ui/TextField';
import { useToasts } from '../../ui/Toasts';
import { BoardLayer } from '../boards/BoardLayer';
import { CsvImportButton } from '../boards/CsvImportButton';
import { ItemListEditor } from '../boards/ItemListEditor';
import { newTitles } from '../boards/newItems';
import { PushPullBoard } from '../boards/PushPullBoard';
import { closedResult } from '../boards/withExercise';
import { PasteItems } from './PasteItems';
import type { EditorProps } from './types';

const TITLE_MAX = 160;
const DESCRIPTION_MAX = 600;

export function PushPullEditor({ exercise, onChange, workshop, update }: EditorProps<'push-pull'>) {
  const toasts = useToasts();
  const [boardOpen, setBoardOpen] = useState(false);
  const { results } = workshop;
  const result = useMemo(
    () => closedResult(results, exercise.id, 'card-classification'),
    [results, exercise.id],
  );
  const board = useMemo(() => pushPullBoard(exercise, result), [exercise, result]);
  const room = MAX_CARDS - exercise.cards.length;
  const titles = exercise.cards.map((c) => c.title);
  const proposed = exercise.cards.filter((c) => c.proposed).length;

  const add = (items: { title: string; description: string }[]) =>
    onChange({
      ...exercise,
      cards: [...exercise.cards, ...items.map((item) => ({ id: newId(), ...item }))].slice(0, MAX_CARDS),
    });

  return (
    <>
      <section className="editor-section">
        <label className="field">
          <span>Prompt on the phones</span>
          <TextArea
            required
            maxLength={300}
            value={exercise.prompt}
            onCommit={(prompt) => onChange({ ...exercise, prompt }, 'prompt')}
          />
        </label>
        <label className="field inline-field">
          <span>Contested below</span>
          <input
            className="input"
            type="number"
            min={50}
            max={100}
            value={exercise.contestedThreshold}
            onChange={(e) =>
              onChange({
                ...exercise,
                contestedThreshold: Math.min(100, Math.max(50, Math.round(+e.target.value || 65))),
              })
            }
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

      <section className="editor-section" aria-labelledby="push-pull-board-title">
        <h3 id="push-pull-board-title">Board</h3>
        <div className="board-summary">
          <p className="muted">
            {board.voted > 0
              ? `${board.voted} of ${exercise.cards.length} cards voted on. ${BOARD_COLUMNS.map((c) => `${COLUMN_LABELS[c]} ${board.places[c].length}`).join(' · ')}. ${board.saved ? 'Final placement saved.' : 'Not finalised yet.'}`
              : 'After the room has voted, finalise the placement of each card here: Push, Pull or Contested.'}
          </p>
          <button
            className={`btn${board.voted > 0 ? ' btn-primary' : ''}`}
            disabled={exercise.cards.length === 0}
            onClick={() => setBoardOpen(true)}
          >
            Open the board
          </button>
        </div>
      </section>
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
        <div className="items-tools">
          <CsvImportButton
            noun="card"
            room={room}
            existing={titles}
            titleMax={TITLE_MAX}
            descriptionMax={DESCRIPTION_MAX}
            onAdd={add}
          />
          <span className="muted">A CSV with a title column and, if you like, a description column.</span>
          {exercise.cards.length > 0 ? (
            <button
              className="btn btn-sm btn-ghost btn-danger"
              onClick={() => {
                const n = exercise.cards.length;
                onChange({ ...exercise, cards: [] });
                toasts.show({ tone: 'info', message: `All ${n} cards removed. Ctrl+Z brings them back.` });
              }}
            >
              Remove all cards
            </button>
          ) : null}
        </div>
        <PasteItems
          noun="card"
          room={room}
          onAdd={(lines) => {
            const { titles: fresh, skipped } = newTitles(lines, titles, TITLE_MAX);
            add(fresh.map((title) => ({ title, description: '' })));
            if (skipped > 0) {
              toasts.show({
                tone: 'info',
                message: `${skipped} ${skipped === 1 ? 'line was' : 'lines were'} already in the list and ${skipped === 1 ? 'was' : 'were'} skipped.`,
              });
            }
          }}
        />
        <ItemListEditor<Card>
          noun="card"
          items={exercise.cards}
          titleOf={(c) => c.title}
          withTitle={(c, title) => ({ ...c, title })}
          create={(title) => ({ id: newId(), title, description: '' })}
          onChange={(cards, coalesce) => onChange({ ...exercise, cards }, coalesce)}
          max={MAX_CARDS}
          titleMax={TITLE_MAX}
          descriptionMax={DESCRIPTION_MAX}
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
