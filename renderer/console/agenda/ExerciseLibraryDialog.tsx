import { useCallback, useEffect, useRef, useState } from 'react';
import { templateOf } from '../../../shared/exercises';
import { useToasts } from '../../ui/Toasts';
import { describeStorageError, exerciseLibrary } from '../db';
import type { SavedExercise } from '../db/library';

interface Props {
  onInsert: (saved: SavedExercise) => void;
  onClose: () => void;
}

const savedOn = (at: number) =>
  new Date(at).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** The exercises the facilitator saved from any workshop, to insert into this one. */
export function ExerciseLibraryDialog({ onInsert, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [list, setList] = useState<SavedExercise[] | null>(null);
  const toasts = useToasts();

  const load = useCallback(
    () =>
      exerciseLibrary.list().then(setList, (error: unknown) => {
        setList([]);
        toasts.show({ tone: 'error', message: `Your exercises could not be read: ${String(error)}` });
      }),
    [toasts],
  );
  useEffect(() => {
    dialog.current?.showModal();
    void load();
  }, [load]);

  const remove = async (saved: SavedExercise) => {
    try {
      await exerciseLibrary.delete(saved.id);
      toasts.show({
        tone: 'info',
        message: `Removed “${saved.exercise.title}” from your exercises.`,
        timeout: 10_000,
        action: { label: 'Undo', run: () => void exerciseLibrary.put(saved).then(load) },
      });
    } catch (error) {
      toasts.show({ tone: 'error', message: describeStorageError(error) });
    }
    await load();
  };

  return (
    <dialog
      ref={dialog}
      className="dialog library-dialog"
      onCancel={onClose}
      aria-labelledby="my-exercises-title"
    >
      <div className="library-dialog-body">
        <h2 id="my-exercises-title">My exercises</h2>
        <p className="muted">
          Exercises you saved from any workshop (“Save to my exercises” above an exercise). Inserting one adds
          a copy at the end of this agenda.
        </p>
        {list === null ? (
          <p className="muted">Opening your exercises…</p>
        ) : list.length === 0 ? (
          <p className="library-dialog-empty">
            None saved yet. Open an exercise on the agenda and choose “Save to my exercises”.
          </p>
        ) : (
          <ul className="library-dialog-list" aria-label="My exercises">
            {list.map((saved) => (
              <li key={saved.id} className="library-dialog-row">
                <div className="library-dialog-text">
                  <strong>{saved.exercise.title}</strong>
                  <span className="muted">
                    {templateOf(saved.exercise.type).name} · {saved.exercise.minutes} min · saved{' '}
                    {savedOn(saved.savedAt)}
                  </span>
                </div>
                <button className="btn btn-sm btn-primary" onClick={() => onInsert(saved)}>
                  Insert<span className="visually-hidden"> {saved.exercise.title}</span>
                </button>
                <button
                  className="btn btn-sm btn-ghost btn-danger"
                  onClick={() => void remove(saved)}
                  aria-label={`Remove ${saved.exercise.title} from my exercises`}
                >
                  ✕
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </dialog>
  );
}
