import { newId } from '../../../shared/ids';
import { MAX_CARDS } from '../../../shared/exercises/pushPull';
import { TextArea } from '../../ui/TextField';
import { ListEditor } from './ListEditor';
import { PasteItems } from './PasteItems';
import type { EditorProps } from './types';

export function PushPullEditor({ exercise, onChange }: EditorProps<'push-pull'>) {
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
          <span className="muted">% for either side</span>
        </label>
      </section>
      <section className="editor-section">
        <h3>
          Cards{' '}
          <span className="badge">
            {exercise.cards.length} / {MAX_CARDS}
          </span>
        </h3>
        <p className="muted">Products, features, projects or campaigns the room will sort.</p>
        <PasteItems
          noun="card"
          room={MAX_CARDS - exercise.cards.length}
          onAdd={(lines) =>
            onChange({
              ...exercise,
              cards: [
                ...exercise.cards,
                ...lines.map((title) => ({ id: newId(), title: title.slice(0, 160), description: '' })),
              ],
            })
          }
        />
        <ListEditor
          label="Card"
          items={exercise.cards}
          keyOf={(c) => c.id}
          textOf={(c) => c.title}
          withText={(c, title) => ({ ...c, title })}
          create={(title) => ({ id: newId(), title, description: '' })}
          onChange={(cards, coalesce) => onChange({ ...exercise, cards }, coalesce)}
          max={MAX_CARDS}
          maxLength={160}
          placeholder="Add one card"
        />
      </section>
    </>
  );
}
