import { templateOf, type Exercise } from '../../../shared/exercises';
import type { Workshop } from '../../../shared/workshop/schema';
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
  const template = templateOf(exercise.type);
  const toasts = useToasts();
  const saveToLibrary = async () => {
    try {
      await exerciseLibrary.save(exercise);
      toasts.show({
        tone: 'success',
        message: `Saved “${exercise.title}” to your exercises: insert it into any workshop with “From my exercises…”.`,
      });
    } catch (error) {
      toasts.show({ tone: 'error', message: describeStorageError(error) });
    }
  };
  const change = (changed: Exercise, coalesce?: string) =>
    update((w) => ({ ...w, agenda: w.agenda.map((e) => (e.id === changed.id ? changed : e)) }), {
      coalesce: coalesce && `${changed.id}.${coalesce}`,
      label: `edit of “${exercise.title}”`,
    });
  return (
    <article className="card exercise-editor" aria-label={`Edit ${exercise.title}`}>
      <header className="exercise-editor-head">
        <span className="badge">{template.name}</span>
        <p className="muted">{template.summary}</p>
        <button
          className="btn btn-sm"
          onClick={() => void saveToLibrary()}
          title="Keep a copy of its content, without results, to reuse in any workshop"
        >
          Save to my exercises
        </button>
      </header>
      <div className="exercise-editor-row">
        <label className="field grow">
          <span>Title</span>
          <TextField
            required
            maxLength={120}
            value={exercise.title}
            onCommit={(title) => change({ ...exercise, title }, 'title')}
          />
        </label>
        <label className="field minutes-field">
          <span>Minutes</span>
          <NumberField
            min={1}
            max={240}
            value={exercise.minutes}
            onCommit={(minutes) => change({ ...exercise, minutes }, 'minutes')}
          />
        </label>
      </div>
      <label className="field presenter-notes">
        <span>Presenter notes</span>
        <TextArea
          maxLength={4000}
          rows={3}
          value={exercise.notes ?? ''}
          placeholder="What to say, materials, timing…"
          aria-describedby={`notes-hint-${exercise.id}`}
          onCommit={(notes) => change({ ...exercise, notes }, 'notes')}
        />
        <small id={`notes-hint-${exercise.id}`} className="muted">
          Only you see them: on the console during the live session and on the run sheet, never on the
          projector or the phones.
        </small>
      </label>
      <ViewBoundary>
        <Editor exercise={exercise} workshop={workshop} update={update} onChange={change} />
      </ViewBoundary>
    </article>
  );
}
