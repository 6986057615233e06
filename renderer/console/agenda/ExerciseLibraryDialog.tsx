import { useCallback, useEffect, useRef, useState } from 'react';
import { intlLocale, t } from '../../i18n';
import { exerciseName } from '../../i18n/names';
import { useToasts } from '../../ui/Toasts';
import { describeStorageError, exerciseLibrary } from '../db';
import type { SavedExercise } from '../db/library';

interface Props {
  onInsert: (saved: SavedExercise) => void;
  onClose: () => void;
}

const savedOn = (at: number) =>
  new Date(at).toLocaleDateString(intlLocale(), { day: 'numeric', month: 'short', year: 'numeric' });

/** The exercises the facilitator saved from any workshop, to insert into this one. */
export function ExerciseLibraryDialog({ onInsert, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [list, setList] = useState<SavedExercise[] | null>(null);
  const toasts = useToasts();

  const load = useCallback(
    () =>
      exerciseLibrary.list().then(setList, (error: unknown) => {
        setList([]);
        toasts.show({ tone: 'error', message: t('agenda.library.readError', { error: String(error) }) });
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
        message: t('agenda.library.removed', { title: saved.exercise.title }),
        timeout: 10_000,
        action: { label: t('agenda.library.undo'), run: () => void exerciseLibrary.put(saved).then(load) },
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
        <h2 id="my-exercises-title">{t('agenda.library.title')}</h2>
        <p className="muted">{t('agenda.library.intro')}</p>
        {list === null ? (
          <p className="muted">{t('agenda.library.opening')}</p>
        ) : list.length === 0 ? (
          <p className="library-dialog-empty">{t('agenda.library.empty')}</p>
        ) : (
          <ul className="library-dialog-list" aria-label={t('agenda.library.title')}>
            {list.map((saved) => (
              <li key={saved.id} className="library-dialog-row">
                <div className="library-dialog-text">
                  <strong>{saved.exercise.title}</strong>
                  <span className="muted">
                    {t('agenda.library.meta', {
                      type: exerciseName(saved.exercise.type),
                      minutes: saved.exercise.minutes,
                      date: savedOn(saved.savedAt),
                    })}
                  </span>
                </div>
                <button className="btn btn-sm btn-primary" onClick={() => onInsert(saved)}>
                  {t('agenda.library.insert')}
                  <span className="visually-hidden"> {saved.exercise.title}</span>
                </button>
                <button
                  className="btn btn-sm btn-ghost btn-danger"
                  onClick={() => void remove(saved)}
                  aria-label={t('agenda.library.remove', { title: saved.exercise.title })}
                >
                  ✕
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('agenda.library.close')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
