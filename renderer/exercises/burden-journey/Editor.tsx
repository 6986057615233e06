import { PromptField } from '../../console/exercises/PromptField';
import { DEFAULT_STAGES, type JourneyStage } from '../../../shared/exercises/burden-journey/schema';
import { newId } from '../../../shared/ids';
import { JourneyResults } from './JourneyResults';
import { ListEditor } from '../../console/exercises/ListEditor';
import type { EditorProps } from '../types';

/** The journey as the customer walks it: before the purchase, then after. */
function JourneyPath({ stages }: { stages: readonly JourneyStage[] }) {
  return (
    <p className="journey-path" role="group" aria-label="The journey in order">
      {stages.map((stage, i) => (
        <span key={stage.id} style={{ display: 'contents' }}>
          {i === 0 || stages[i - 1]!.phase !== stage.phase ? (
            <span className="journey-path__phase">
              {stage.phase === 'before' ? 'Before purchase' : 'After purchase'}
            </span>
          ) : (
            <span aria-hidden="true">→</span>
          )}
          <span className={`journey-path__stage journey-path__stage--${stage.phase}`}>{stage.name}</span>
        </span>
      ))}
    </p>
  );
}

export function BurdenJourneyEditor({ exercise, onChange, workshop, update }: EditorProps<'burden-journey'>) {
  const isDefault =
    exercise.stages.length === DEFAULT_STAGES.length &&
    exercise.stages.every(
      (s, i) => s.name === DEFAULT_STAGES[i]!.name && s.phase === DEFAULT_STAGES[i]!.phase,
    );
  const setStages = (stages: JourneyStage[], coalesce?: string) =>
    onChange({ ...exercise, stages }, coalesce);
  // A stage that changes phase moves to the seam between the phases, so "before" stays before "after".
  const setPhase = (stage: JourneyStage, phase: JourneyStage['phase']) => {
    const rest = exercise.stages.filter((s) => s.id !== stage.id);
    const seam = rest.map((s) => s.phase).lastIndexOf('before') + 1;
    setStages([...rest.slice(0, seam), { ...stage, phase }, ...rest.slice(seam)]);
  };
  return (
    <>
      <section className="editor-section">
        <PromptField exercise={exercise} onChange={onChange} />
      </section>
      <section className="editor-section">
        <h3>
          Journey stages <span className="badge">{exercise.stages.length} / 20</span>
        </h3>
        <p className="muted">
          Before the purchase (finding, choosing, buying) and after it (starting, using, getting help). Name
          them as the customer would, not after your departments. Participants rate every stage on time,
          worry, effort and money, from 0 to 3.
        </p>
        <JourneyPath stages={exercise.stages} />
        <ListEditor
          label="Stage"
          items={exercise.stages}
          keyOf={(s) => s.id}
          textOf={(s) => s.name}
          withText={(s, name) => ({ ...s, name })}
          create={(name) => ({ id: newId(), name, phase: 'after' as const })}
          onChange={setStages}
          max={20}
          minItems={1}
          maxLength={60}
          placeholder="Add a stage"
          extra={(stage) => (
            <select
              className="select phase-select"
              aria-label={`When is ${stage.name}`}
              value={stage.phase}
              onChange={(e) => setPhase(stage, e.target.value as JourneyStage['phase'])}
            >
              <option value="before">Before purchase</option>
              <option value="after">After purchase</option>
            </select>
          )}
        />
        {!isDefault ? (
          <div>
            <button
              className="btn btn-sm btn-ghost"
              onClick={() => setStages(DEFAULT_STAGES.map((s) => ({ id: newId(), ...s })))}
            >
              Use the usual seven stages
            </button>
          </div>
        ) : null}
      </section>
      <section className="editor-section" aria-label="Burden heatmap">
        <h3>Burden heatmap</h3>
        <JourneyResults workshop={workshop} exercise={exercise} update={update} />
      </section>
    </>
  );
}
