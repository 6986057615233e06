import { PromptField } from './PromptField';
import { useMemo, useState } from 'react';
import { newId } from '../../../shared/ids';
import { DECISIONS, MAX_OFFERINGS, type Offering } from '../../../shared/exercises/simplify';
import { DECISION_LABELS, simplifyBoard } from '../../../shared/exercises/simplifyBoard';
import { useToasts } from '../../ui/Toasts';
import { BoardLayer } from '../boards/BoardLayer';
import { CsvImportButton } from '../boards/CsvImportButton';
import { ItemListEditor } from '../boards/ItemListEditor';
import { newTitles } from '../boards/newItems';
import { SimplifyBoard } from '../boards/SimplifyBoard';
import { closedResult } from '../boards/withExercise';
import { PasteItems } from './PasteItems';
import type { EditorProps } from './types';

const TITLE_MAX = 160;
const DESCRIPTION_MAX = 600;

export function SimplifyEditor({ exercise, onChange, workshop, update }: EditorProps<'simplify'>) {
  const toasts = useToasts();
  const [boardOpen, setBoardOpen] = useState(false);
  const { results, initiatives } = workshop;
  const result = useMemo(() => closedResult(results, exercise.id, 'two-axis-rating'), [results, exercise.id]);
  const board = useMemo(
    () => simplifyBoard({ initiatives }, exercise, result),
    [initiatives, exercise, result],
  );
  const room = MAX_OFFERINGS - exercise.offerings.length;
  const names = exercise.offerings.map((o) => o.name);

  const add = (items: { title: string; description: string }[]) =>
    onChange({
      ...exercise,
      offerings: [
        ...exercise.offerings,
        ...items.map((item) => ({ id: newId(), name: item.title, description: item.description })),
      ].slice(0, MAX_OFFERINGS),
    });

  return (
    <>
      <section className="editor-section">
        <PromptField exercise={exercise} onChange={onChange} />
        <p className="muted">
          Participants rate each offering on value to the customer (1–5) and burden on the customer (1–5), and
          say whether it meets the basics customers expect.
        </p>
      </section>

      <section className="editor-section" aria-labelledby="simplify-board-title">
        <h3 id="simplify-board-title">Decisions</h3>
        <div className="board-summary">
          <p className="muted">
            {board.rated > 0
              ? `${board.rated} of ${exercise.offerings.length} offerings rated. ${DECISIONS.map((d) => `${DECISION_LABELS[d]} ${board.places[d].length}`).join(' · ')}. ${board.saved ? 'Decisions saved.' : 'Not finalised yet.'}`
              : 'After the room has rated, decide for each offering here: keep, simplify, retire or question.'}
          </p>
          <button
            className={`btn${board.rated > 0 ? ' btn-primary' : ''}`}
            disabled={exercise.offerings.length === 0}
            onClick={() => setBoardOpen(true)}
          >
            Open the board
          </button>
        </div>
      </section>
      <section className="editor-section">
        <h3>
          Offerings{' '}
          <span className="badge">
            {exercise.offerings.length} / {MAX_OFFERINGS}
          </span>
        </h3>
        <p className="muted">Products, services, options and variants customers can buy.</p>
        <div className="items-tools">
          <CsvImportButton
            noun="offering"
            room={room}
            existing={names}
            titleMax={TITLE_MAX}
            descriptionMax={DESCRIPTION_MAX}
            onAdd={add}
          />
          <span className="muted">A CSV with a name column and, if you like, a description column.</span>
          {exercise.offerings.length > 0 ? (
            <button
              className="btn btn-sm btn-ghost btn-danger"
              onClick={() => {
                const n = exercise.offerings.length;
                onChange({ ...exercise, offerings: [] });
                toasts.show({
                  tone: 'info',
                  message: `All ${n} offerings removed. Ctrl+Z brings them back.`,
                });
              }}
            >
              Remove all offerings
            </button>
          ) : null}
        </div>
        <PasteItems
          noun="offering"
          room={room}
          onAdd={(lines) => {
            const { titles, skipped } = newTitles(lines, names, TITLE_MAX);
            add(titles.map((title) => ({ title, description: '' })));
            if (skipped > 0) {
              toasts.show({
                tone: 'info',
                message: `${skipped} ${skipped === 1 ? 'line was' : 'lines were'} already in the list and ${skipped === 1 ? 'was' : 'were'} skipped.`,
              });
            }
          }}
        />
        <ItemListEditor<Offering>
          noun="offering"
          items={exercise.offerings}
          titleOf={(o) => o.name}
          withTitle={(o, name) => ({ ...o, name })}
          create={(name) => ({ id: newId(), name, description: '' })}
          onChange={(offerings, coalesce) => onChange({ ...exercise, offerings }, coalesce)}
          max={MAX_OFFERINGS}
          titleMax={TITLE_MAX}
          descriptionMax={DESCRIPTION_MAX}
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
