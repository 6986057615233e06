import type { JourneyHeatmapConfig } from '../../activities/journeyHeatmap';
import { BURDEN_LABELS } from '../../burdens';
import { activitiesOf } from '../activities';
import { hotSpotRanking, journeyGrid } from './cells';
import { journeyInitiativeTitle } from './initiatives';
import type { Workshop } from '../../workshop/schema';
import { findResult } from '../../plan/results';
import { planLanguage } from '../../plan/language';
import { planWords } from '../../plan/words';
import type { PlanJourney, PlanSection } from '../../plan/types';
import type { CandidateOffer, ExercisePlan } from '../exerciseDefinition';
import type { BurdenJourney } from './schema';

/** The hot spots the summary names. */
export const HOT_SPOTS = 5;

/** The customer-burden heatmap: stages in journey order, burdens in the order rated, and the hot spots. */
function buildJourney(exercise: BurdenJourney, workshop: Workshop): PlanSection<PlanJourney> {
  const found = findResult(workshop, exercise.id, 'journey-heatmap');
  if (!found) return { status: 'not-run', title: exercise.title };
  const config = activitiesOf(exercise, workshop)[0]!.config as JourneyHeatmapConfig;
  const stages = new Map(exercise.stages.map((s) => [s.id, s]));
  const words = planWords(planLanguage(workshop));
  const rows = journeyGrid(config, found.tally);
  const cellOf = (stageId: string, burden: string) =>
    rows.find((r) => r.stageId === stageId)?.cells.find((c) => c.burden === burden);
  const hotSpots = hotSpotRanking(found.tally)
    .filter((c) => c.mean > 0 && stages.has(c.stageId))
    .slice(0, HOT_SPOTS)
    .map((c) => ({
      stage: stages.get(c.stageId)!.name,
      burden: words.burdens[c.burden],
      mean: c.mean,
      count: cellOf(c.stageId, c.burden)?.count ?? 0,
    }));
  return {
    status: 'ready',
    title: exercise.title,
    max: config.max,
    burdens: config.burdens.map((b) => words.burdens[b]),
    stages: rows.map((r) => ({
      name: r.label,
      phase: stages.get(r.stageId)?.phase ?? 'before',
      count: r.count,
      cells: r.cells.map((c) => ({ mean: c.mean, count: c.count, level: c.level })),
    })),
    hotSpots,
  };
}

export const journeyPlan: ExercisePlan<BurdenJourney, PlanJourney> = {
  build: buildJourney,
  fromPractice: (exercise, workshop) => !!findResult(workshop, exercise.id, 'journey-heatmap')?.practice,
  practiceLabel: 'the customer-burden heatmap',
  place: 'before-initiatives',
};

/** Journey cells at or above this mean (0–3) count as hot spots. */
export const HOT_SPOT_MIN = 1.5;
export const MAX_HOT_SPOTS = 8;

/** The journey's worst cells: initiatives to consider. */
export function journeyCandidates(exercise: BurdenJourney, workshop: Workshop): CandidateOffer[] {
  const heatmap = findResult(workshop, exercise.id, 'journey-heatmap');
  const hot = hotSpotRanking(heatmap?.tally ?? null).filter(
    (c) => Number.isFinite(c.mean) && c.mean >= HOT_SPOT_MIN,
  );
  const offers: CandidateOffer[] = [];
  for (const cell of hot.slice(0, MAX_HOT_SPOTS)) {
    const stage = exercise.stages.find((s) => s.id === cell.stageId);
    if (!stage) continue;
    const burden = BURDEN_LABELS[cell.burden];
    offers.push({
      title: journeyInitiativeTitle(stage.name, cell.burden, workshop.language),
      description: '',
      // The console says why in its own language (renderer/console/plan/planWords.ts).
      reason: `${burden} at ${stage.name}: ${cell.mean.toFixed(1)} of 3`,
      burdens: [cell.burden],
      source: { type: 'journey', exerciseId: exercise.id, stageId: stage.id, burden: cell.burden },
      practice: !!heatmap?.practice,
    });
  }
  return offers;
}
