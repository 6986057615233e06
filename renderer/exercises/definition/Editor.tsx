import { TextField } from '../../ui/TextField';
import { DefinitionWorkbench } from './DefinitionWorkbench';
import type { EditorProps } from '../types';

export function DefinitionEditor({ exercise, onChange, workshop }: EditorProps<'definition'>) {
  return (
    <>
      <section className="editor-section">
        <h3>Prompts</h3>
        <label className="field">
          <span>First list</span>
          <TextField
            required
            maxLength={200}
            value={exercise.meansPrompt}
            onCommit={(meansPrompt) => onChange({ ...exercise, meansPrompt }, 'meansPrompt')}
          />
        </label>
        <label className="field">
          <span>Second list</span>
          <TextField
            required
            maxLength={200}
            value={exercise.notMeansPrompt}
            onCommit={(notMeansPrompt) => onChange({ ...exercise, notMeansPrompt }, 'notMeansPrompt')}
          />
        </label>
      </section>
      <DefinitionWorkbench
        exercise={exercise}
        workshop={workshop}
        onChange={onChange}
        empty={
          <p className="muted">
            None yet: run the exercise live. Participants write statements and upvote each other’s; they
            appear here ranked, to merge and tidy.
          </p>
        }
        writerHint={
          <p className="muted">
            Write it from the top statements (click one to insert it); it opens the action plan.
          </p>
        }
      />
    </>
  );
}
