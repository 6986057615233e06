import { newId } from '../../../shared/ids';
import { MAX_OFFERINGS } from '../../../shared/exercises/simplify';
import { TextArea } from '../../ui/TextField';
import { ListEditor } from './ListEditor';
import { PasteItems } from './PasteItems';
import type { EditorProps } from './types';

export function SimplifyEditor({ exercise, onChange }: EditorProps<'simplify'>) {
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
        <h3>
          Offerings{' '}
          <span className="badge">
            {exercise.offerings.length} / {MAX_OFFERINGS}
          </span>
        </h3>
        <p className="muted">Products, services, options and variants customers can buy.</p>
        <PasteItems
          noun="offering"
          room={MAX_OFFERINGS - exercise.offerings.length}
          onAdd={(lines) =>
            onChange({
              ...exercise,
              offerings: [
                ...exercise.offerings,
                ...lines.map((name) => ({ id: newId(), name: name.slice(0, 160), description: '' })),
              ],
            })
          }
        />
        <ListEditor
          label="Offering"
          items={exercise.offerings}
          keyOf={(o) => o.id}
          textOf={(o) => o.name}
          withText={(o, name) => ({ ...o, name })}
          create={(name) => ({ id: newId(), name, description: '' })}
          onChange={(offerings, coalesce) => onChange({ ...exercise, offerings }, coalesce)}
          max={MAX_OFFERINGS}
          maxLength={160}
          placeholder="Add one offering"
        />
      </section>
    </>
  );
}
