import type { JourneyHeatmapConfig } from '../../../shared/activities/journeyHeatmap';
import type { Burden } from '../../../shared/burdens';
import { activitiesOf } from '../../../shared/exercises/activities';
import type { BurdenJourney } from '../../../shared/exercises/burden-journey/schema';
import { heaviestCells, hotSpotRanking, journeyGrid } from '../../../shared/exercises/burden-journey/cells';
import {
  addJourneyInitiative,
  journeyInitiativeOf,
  journeyInitiativeTitle,
  MAX_INITIATIVES,
} from '../../../shared/exercises/burden-journey/initiatives';
import { findResult } from '../../../shared/plan/results';
import type { Workshop } from '../../../shared/workshop/schema';
import { cellKey, HeatLegend, Heatmap } from '../../activities/journey-heatmap/Heatmap';
import { burdenLabel, formatNumber, t } from '../../i18n';
import { useToasts } from '../../ui/Toasts';
import { PracticeNotice } from '../../console/boards/PracticeNotice';
import type { UpdateWorkshop } from '../../console/state/useWorkshop';
import './journey.css';

const HOT_SPOTS = 5;

interface Props {
  workshop: Workshop;
  exercise: BurdenJourney;
  update: UpdateWorkshop;
}

/** Console: the burden heatmap; any cell becomes an initiative candidate with one click. */
export function JourneyResults({ workshop, exercise, update }: Props) {
  const toasts = useToasts();
  const found = findResult(workshop, exercise.id, 'journey-heatmap');
  if (!found) {
    return <p className="muted">{t('plan.journey.noRatings')}</p>;
  }
  const config = activitiesOf(exercise, workshop)[0]!.config as JourneyHeatmapConfig;
  const rows = journeyGrid(config, found.tally);
  const phases = Object.fromEntries(exercise.stages.map((s) => [s.id, s.phase]));
  const stageName = new Map(exercise.stages.map((s) => [s.id, s.name]));

  function makeInitiative(stageId: string, burden: Burden) {
    const row = rows.find((r) => r.stageId === stageId);
    const cell = row?.cells.find((c) => c.burden === burden);
    const outcome = addJourneyInitiative(workshop, exercise, stageId, burden, cell);
    if (outcome.status === 'added') {
      update(
        (w) => {
          const again = addJourneyInitiative(w, exercise, stageId, burden, cell, outcome.initiative.id);
          return again.status === 'added' ? again.workshop : w;
        },
        { label: t('plan.undo.add', { title: outcome.initiative.title }) },
      );
      toasts.show({ tone: 'success', message: t('plan.journey.added', { title: outcome.initiative.title }) });
    } else if (outcome.status === 'exists') {
      toasts.show({ tone: 'info', message: t('plan.journey.exists', { title: outcome.initiative.title }) });
    } else if (outcome.status === 'full') {
      toasts.show({
        tone: 'error',
        message: t('plan.journey.full', { max: MAX_INITIATIVES }),
      });
    }
  }

  const hot = hotSpotRanking(found.tally)
    .filter((c) => c.mean > 0 && stageName.has(c.stageId))
    .slice(0, HOT_SPOTS);

  return (
    <div className="journey-results">
      <PracticeNotice share={found.practice} />
      <Heatmap
        rows={rows}
        burdens={config.burdens}
        phases={phases}
        ranks={heaviestCells(found.tally)}
        action={(cell, row) => {
          const done = !!journeyInitiativeOf(workshop, exercise.id, cell.stageId, cell.burden);
          const title = journeyInitiativeTitle(row.label, cell.burden, workshop.language);
          return {
            label: done ? t('plan.journey.alreadyOne', { title }) : t('plan.journey.make', { title }),
            done,
            onClick: () => makeInitiative(cell.stageId, cell.burden),
          };
        }}
      />
      <HeatLegend />
      <p className="muted">{t('plan.journey.explain')}</p>
      {hot.length > 0 ? (
        <div>
          <h4 className="journey-results__title">{t('plan.journey.heaviest')}</h4>
          <ol className="hot-spots" aria-label={t('plan.journey.heaviest')}>
            {hot.map((cell) => {
              const done = !!journeyInitiativeOf(workshop, exercise.id, cell.stageId, cell.burden);
              const title = journeyInitiativeTitle(
                stageName.get(cell.stageId)!,
                cell.burden,
                workshop.language,
              );
              return (
                <li key={cellKey(cell.stageId, cell.burden)} className="hot-spot">
                  <span className="hot-spot__mean">
                    {formatNumber(cell.mean, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
                  </span>
                  <span className="hot-spot__what">
                    <strong>{burdenLabel(cell.burden)}</strong>{' '}
                    {t('plan.journey.atStage', { stage: stageName.get(cell.stageId) })}
                  </span>
                  {done ? (
                    <span className="hot-spot__done">{t('plan.journey.done')}</span>
                  ) : (
                    <button
                      className="btn btn-sm"
                      onClick={() => makeInitiative(cell.stageId, cell.burden)}
                      aria-label={t('plan.journey.make', { title })}
                    >
                      {t('plan.journey.add')}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        </div>
      ) : null}
    </div>
  );
}
