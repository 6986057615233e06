import type { Burden } from '../../burdens';
import { newId } from '../../ids';
import type { Language } from '../../languages';
import { contentIn } from '../content';
import { oneDecimal } from '../../plan/format';
import type { Initiative } from '../../workshop/initiative';
import type { Workshop } from '../../workshop/schema';
import type { BurdenJourney } from './schema';

// Apart from cells.ts: the projector's heatmap imports the grid, and must not bundle every language's wording.

/** "Cut the worry at “Get help”", in the workshop's language; the stage's name is the facilitator's. */
export function journeyInitiativeTitle(
  stageName: string,
  burden: Burden,
  language: Language | undefined,
): string {
  return contentIn(language).made.cutBurden(burden, stageName).slice(0, 160);
}

/** The initiative already made from this cell, if any. */
export function journeyInitiativeOf(
  workshop: Workshop,
  exerciseId: string,
  stageId: string,
  burden: Burden,
): Initiative | undefined {
  return workshop.initiatives.find(
    (i) =>
      i.source.type === 'journey' &&
      i.source.exerciseId === exerciseId &&
      i.source.stageId === stageId &&
      i.source.burden === burden,
  );
}

export const MAX_INITIATIVES = 300;

export type AddJourneyInitiative =
  | { status: 'added'; workshop: Workshop; initiative: Initiative }
  | { status: 'exists'; initiative: Initiative }
  | { status: 'full' }
  | { status: 'unknown-stage' };

/**
 * Turns one heatmap cell into an initiative candidate that carries the stage and the burden into
 * the action plan. One cell gives at most one initiative.
 */
export function addJourneyInitiative(
  workshop: Workshop,
  exercise: BurdenJourney,
  stageId: string,
  burden: Burden,
  cell?: { mean: number | null; count: number },
  id: string = newId(),
): AddJourneyInitiative {
  const existing = journeyInitiativeOf(workshop, exercise.id, stageId, burden);
  if (existing) return { status: 'exists', initiative: existing };
  const stage = exercise.stages.find((s) => s.id === stageId);
  if (!stage) return { status: 'unknown-stage' };
  if (workshop.initiatives.length >= MAX_INITIATIVES) return { status: 'full' };
  const made = contentIn(workshop.language).made;
  const rated =
    cell && cell.mean !== null
      ? made.burdenRated(burden, stage.name, oneDecimal(cell.mean, workshop.language ?? 'en'), cell.count)
      : '';
  const initiative: Initiative = {
    id,
    title: journeyInitiativeTitle(stage.name, burden, workshop.language),
    description: rated,
    position: null,
    owner: '',
    nextStep: '',
    dueDate: '',
    customerMetric: '',
    burdens: [burden],
    priority: 0,
    source: { type: 'journey', exerciseId: exercise.id, stageId, burden },
  };
  return {
    status: 'added',
    initiative,
    workshop: { ...workshop, initiatives: [...workshop.initiatives, initiative] },
  };
}
