import { NumberField } from '../../ui/NumberField';
import { PromptField } from '../../console/exercises/PromptField';
import { hrefOf } from '../../console/router';
import type { EditorProps } from '../types';

export function ActionPlanEditor({ exercise, onChange, workshop }: EditorProps<'action-plan'>) {
  return (
    <>
      <section className="editor-section">
        <PromptField exercise={exercise} onChange={onChange} />
        <label className="field inline-field">
          <span>Priority dots per participant</span>
          <NumberField
            min={1}
            max={20}
            value={exercise.dotsPerParticipant}
            onCommit={(dotsPerParticipant) => onChange({ ...exercise, dotsPerParticipant }, 'dots')}
          />
        </label>
      </section>
      <section className="editor-section">
        <h3>
          Initiatives <span className="badge">{workshop.initiatives.length}</span>
        </h3>
        <p className="muted">
          Participants place every initiative on the line from symbolic to substantive, then vote priorities.
          Gather and edit initiatives on the{' '}
          <a href={hrefOf({ page: 'workshop', workshopId: workshop.id, tab: 'plan' })}>Action plan</a> page.
        </p>
        {workshop.initiatives.length > 0 && (
          <ul className="plain-list">
            {workshop.initiatives.map((i) => (
              <li key={i.id}>{i.title}</li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
