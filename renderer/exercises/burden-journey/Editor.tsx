import { PromptField } from '../../console/exercises/PromptField';
import { newBurdenJourney, type JourneyStage } from '../../../shared/exercises/burden-journey/schema';
import { newId } from '../../../shared/ids';
import { t } from '../../i18n';
import { JourneyResults } from './JourneyResults';
import { ListEditor } from '../../console/exercises/ListEditor';
import type { EditorProps } from '../types';

const phaseLabel = (phase: JourneyStage['phase']) =>
  ({ before: t('agenda.journey.before'), after: t('agenda.journey.after') })[phase];

/** The journey as the customer walks it: before the purchase, then after. */
function JourneyPath({ stages }: { stages: readonly JourneyStage[] }) {
  return (
    <p className="journey-path" role="group" aria-label={t('agenda.journey.order')}>
      {stages.map((stage, i) => (
        <span key={stage.id} style={{ display: 'contents' }}>
          {i === 0 || stages[i - 1]!.phase !== stage.phase ? (
            <span className="journey-path__phase">{phaseLabel(stage.phase)}</span>
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
  // The usual stages in the workshop's language, as a new journey has them.
  const usual = newBurdenJourney(workshop.language).stages;
  const isDefault =
    exercise.stages.length === usual.length &&
    exercise.stages.every((s, i) => s.name === usual[i]!.name && s.phase === usual[i]!.phase);
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
          {t('agenda.journey.stages')} <span className="badge">{exercise.stages.length} / 20</span>
        </h3>
        <p className="muted">{t('agenda.journey.hint')}</p>
        <JourneyPath stages={exercise.stages} />
        <ListEditor
          label={t('agenda.journey.stage')}
          newLabel={t('agenda.journey.newStage')}
          items={exercise.stages}
          keyOf={(s) => s.id}
          textOf={(s) => s.name}
          withText={(s, name) => ({ ...s, name })}
          create={(name) => ({ id: newId(), name, phase: 'after' as const })}
          onChange={setStages}
          max={20}
          minItems={1}
          maxLength={60}
          placeholder={t('agenda.journey.addStage')}
          extra={(stage) => (
            <select
              className="select phase-select"
              aria-label={t('agenda.journey.when', { stage: stage.name })}
              value={stage.phase}
              onChange={(e) => setPhase(stage, e.target.value as JourneyStage['phase'])}
            >
              <option value="before">{phaseLabel('before')}</option>
              <option value="after">{phaseLabel('after')}</option>
            </select>
          )}
        />
        {!isDefault ? (
          <div>
            <button className="btn btn-sm btn-ghost" onClick={() => setStages(usual)}>
              {t('agenda.journey.useDefault')}
            </button>
          </div>
        ) : null}
      </section>
      <section className="editor-section" aria-label={t('agenda.journey.heatmap')}>
        <h3>{t('agenda.journey.heatmap')}</h3>
        <JourneyResults workshop={workshop} exercise={exercise} update={update} />
      </section>
    </>
  );
}
