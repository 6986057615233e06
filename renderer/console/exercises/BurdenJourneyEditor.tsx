import { newId } from '../../../shared/ids';
import { TextArea } from '../../ui/TextField';
import { ListEditor } from './ListEditor';
import type { EditorProps } from './types';

export function BurdenJourneyEditor({ exercise, onChange }: EditorProps<'burden-journey'>) {
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
      </section>
      <section className="editor-section">
        <h3>Journey stages</h3>
        <p className="muted">
          Before the purchase (finding, choosing, buying) and after it (starting, using, getting help).
        </p>
        <ListEditor
          label="Stage"
          items={exercise.stages}
          keyOf={(s) => s.id}
          textOf={(s) => s.name}
          withText={(s, name) => ({ ...s, name })}
          create={(name) => ({ id: newId(), name, phase: 'after' as const })}
          onChange={(stages, coalesce) => onChange({ ...exercise, stages }, coalesce)}
          max={20}
          minItems={1}
          maxLength={60}
          placeholder="Add a stage"
          extra={(stage, set) => (
            <select
              className="select phase-select"
              aria-label={`When is ${stage.name}`}
              value={stage.phase}
              onChange={(e) => set({ ...stage, phase: e.target.value as 'before' | 'after' })}
            >
              <option value="before">Before purchase</option>
              <option value="after">After purchase</option>
            </select>
          )}
        />
      </section>
    </>
  );
}
