import type { JourneyHeatmapConfig } from '../../../shared/activities/journeyHeatmap';
import { BURDEN_LABELS, type Burden } from '../../../shared/burdens';
import { activitiesOf } from '../../../shared/exercises/activities';
import type { BurdenJourney } from '../../../shared/exercises/burden-journey/schema';
import {
  addJourneyInitiative,
  heaviestCells,
  hotSpotRanking,
  journeyGrid,
  journeyInitiativeOf,
  journeyInitiativeTitle,
} from '../../../shared/exercises/burden-journey/cells';
import { findResult } from '../../../shared/plan/results';
import type { Workshop } from '../../../shared/workshop/schema';
import { cellKey, HeatLegend, Heatmap } from '../../activities/journey-heatmap/Heatmap';
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
    return (
      <p className="muted">
        No ratings yet: run the exercise live. The heatmap appears here, and any cell can become an
        initiative.
      </p>
    );
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
        { label: `adding of “${outcome.initiative.title}”` },
      );
      toasts.show({ tone: 'success', message: `Added to the initiatives: ${outcome.initiative.title}` });
    } else if (outcome.status === 'exists') {
      toasts.show({ tone: 'info', message: `Already an initiative: ${outcome.initiative.title}` });
    } else if (outcome.status === 'full') {
      toasts.show({
        tone: 'error',
        message: 'The plan already holds 300 initiatives, the most a workshop can have.',
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
          const title = journeyInitiativeTitle(row.label, cell.burden);
          return {
            label: done ? `${title}: already an initiative` : `Make an initiative: ${title}`,
            done,
            onClick: () => makeInitiative(cell.stageId, cell.burden),
          };
        }}
      />
      <HeatLegend />
      <p className="muted">
        Each cell: the average rating from 0 (no burden) to 3 (a lot) and how many rated it. Click a cell to
        make it an initiative candidate; it carries the stage and the burden into the action plan.
      </p>
      {hot.length > 0 ? (
        <div>
          <h4 className="journey-results__title">Heaviest burdens</h4>
          <ol className="hot-spots" aria-label="Heaviest burdens">
            {hot.map((cell) => {
              const done = !!journeyInitiativeOf(workshop, exercise.id, cell.stageId, cell.burden);
              const title = journeyInitiativeTitle(stageName.get(cell.stageId)!, cell.burden);
              return (
                <li key={cellKey(cell.stageId, cell.burden)} className="hot-spot">
                  <span className="hot-spot__mean">{cell.mean.toFixed(1)}</span>
                  <span className="hot-spot__what">
                    <strong>{BURDEN_LABELS[cell.burden]}</strong> at {stageName.get(cell.stageId)}
                  </span>
                  {done ? (
                    <span className="hot-spot__done">Initiative ✓</span>
                  ) : (
                    <button
                      className="btn btn-sm"
                      onClick={() => makeInitiative(cell.stageId, cell.burden)}
                      aria-label={`Make an initiative: ${title}`}
                    >
                      + Initiative
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
