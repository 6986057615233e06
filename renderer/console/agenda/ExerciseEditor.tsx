import type { Exercise } from '../../../shared/exercises';
import type { Workshop } from '../../../shared/workshop/schema';
import { t } from '../../i18n';
import { exerciseName, exerciseSummary } from '../../i18n/names';
import { NumberField } from '../../ui/NumberField';
import { TextArea, TextField } from '../../ui/TextField';
import { ViewBoundary } from '../../activities/ViewBoundary';
import { viewsOf } from '../../exercises/registry';
import { useToasts } from '../../ui/Toasts';
import { describeStorageError, exerciseLibrary } from '../db';
import type { UpdateWorkshop } from '../state/useWorkshop';

interface Props {
  exercise: Exercise;
  workshop: Workshop;
  update: UpdateWorkshop;
}

export function ExerciseEditor({ exercise, workshop, update }: Props) {
  const Editor = viewsOf(exercise.type).Editor;
  const toasts = useToasts();
  const saveToLibrary = async () => {
    try {
      await exerciseLibrary.save(exercise);
      toasts.show({
        tone: 'success',
        message: t('agenda.editor.saved', { title: exercise.title }),
      });
    } catch (error) {
      toasts.show({ tone: 'error', message: describeStorageError(error) });
    }
  };
  const change = (changed: Exercise, coalesce?: string) =>
    update((w) => ({ ...w, agenda: w.agenda.map((e) => (e.id === changed.id ? changed : e)) }), {
      coalesce: coalesce && `${changed.id}.${coalesce}`,
      label: t('agenda.step.edit', { title: exercise.title }),
    });
  return (
    <article
      className="card exercise-editor"
      aria-label={t('agenda.editor.label', { title: exercise.title })}
    >
      <header className="exercise-editor-head">
        <span className="badge">{exerciseName(exercise.type)}</span>
        <p className="muted">{exerciseSummary(exercise.type)}</p>
        <button
          className="btn btn-sm"
          onClick={() => void saveToLibrary()}
          title={t('agenda.editor.saveHint')}
        >
          {t('agenda.editor.save')}
        </button>
      </header>
      <div className="exercise-editor-row">
        <label className="field grow">
          <span>{t('agenda.editor.title')}</span>
          <TextField
            required
            maxLength={120}
            value={exercise.title}
            onCommit={(title) => change({ ...exercise, title }, 'title')}
          />
        </label>
        <label className="field minutes-field">
          <span>{t('agenda.editor.minutes')}</span>
          <NumberField
            min={1}
            max={240}
            value={exercise.minutes}
            onCommit={(minutes) => change({ ...exercise, minutes }, 'minutes')}
          />
        </label>
      </div>
      <label className="field presenter-notes">
        <span>{t('agenda.editor.notes')}</span>
        <TextArea
          maxLength={4000}
          rows={3}
          value={exercise.notes ?? ''}
          placeholder={t('agenda.editor.notesPlaceholder')}
          aria-describedby={`notes-hint-${exercise.id}`}
          onCommit={(notes) => change({ ...exercise, notes }, 'notes')}
        />
        <small id={`notes-hint-${exercise.id}`} className="muted">
          {t('agenda.editor.notesHint')}
        </small>
      </label>
      <ViewBoundary>
        <Editor exercise={exercise} workshop={workshop} update={update} onChange={change} />
      </ViewBoundary>
    </article>
  );
}
