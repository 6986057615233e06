import { TextArea, TextField } from '../../ui/TextField';
import type { EditorProps } from './types';

export function DefinitionEditor({ exercise, onChange }: EditorProps<'definition'>) {
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
      <section className="editor-section">
        <h3>The team’s definition</h3>
        <p className="muted">Written from the ranked statements after the vote; it opens the action plan.</p>
        <label className="field">
          <span>Customer-centric means</span>
          <TextArea
            maxLength={2000}
            value={exercise.definition.means}
            onCommit={(means) =>
              onChange({ ...exercise, definition: { ...exercise.definition, means } }, 'means')
            }
          />
        </label>
        <label className="field">
          <span>It does not mean</span>
          <TextArea
            maxLength={2000}
            value={exercise.definition.notMeans}
            onCommit={(notMeans) =>
              onChange({ ...exercise, definition: { ...exercise.definition, notMeans } }, 'notMeans')
            }
          />
        </label>
      </section>
    </>
  );
}
