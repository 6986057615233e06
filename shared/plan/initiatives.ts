import { BAND_RANGES, BANDS, bandOf, type Band } from '../continuum';
import type { Workshop } from '../workshop/schema';
import type { RoomVotes } from '../exercises/action-plan/votes';
import type { Initiative, InitiativeSource } from '../workshop/initiative';
import { sourcePartOf } from './candidates';
import { planLanguage } from './language';
import { en } from './words/en';
import { planWords, type PlanWords } from './words';
import { clampPosition, dateLabel, finiteOrNull } from './format';
import type { ContinuumMarker, PlanBandGroup, PlanInitiative } from './types';

export const BAND_SUMMARIES: Record<Band, string> = en.bandSummaries;

export const MOVE_RIGHT_PROMPT = en.moveRightPrompt;

/** Where an initiative came from, in words a reader of the plan understands. */
export function describeSource(workshop: Workshop, source: InitiativeSource, words: PlanWords = en): string {
  if (source.type === 'manual') return words.typedIn;
  // The part was found by this source's own type, so it takes this source.
  return sourcePartOf(source)?.describe(source as never, workshop, words) ?? words.fromAnExercise;
}

// One collator for every comparison: localeCompare with options builds a new one per call.
const byTitleCollator = new Intl.Collator('en', { sensitivity: 'base' });

/** Highest priority first, then by title, so the plan reads the same every time. */
export function compareInitiatives(
  a: Pick<PlanInitiative, 'priority' | 'title' | 'id'>,
  b: Pick<PlanInitiative, 'priority' | 'title' | 'id'>,
): number {
  if (a.priority !== b.priority) return b.priority - a.priority;
  const byTitle = byTitleCollator.compare(a.title, b.title);
  if (byTitle !== 0) return byTitle;
  if (a.title !== b.title) return a.title < b.title ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Priority: the facilitator's number when set, else the room's dot votes.
 * Position: the agreed one, else the room's median, else unplaced.
 */
export function planInitiative(
  workshop: Workshop,
  initiative: Initiative,
  votes: RoomVotes,
  number: number,
): PlanInitiative {
  const placement = votes.placements.get(initiative.id);
  const median = finiteOrNull(placement?.median);
  const p25 = finiteOrNull(placement?.p25);
  const p75 = finiteOrNull(placement?.p75);
  const agreed = finiteOrNull(initiative.position);
  const position = agreed !== null ? clampPosition(agreed) : median !== null ? clampPosition(median) : null;
  const band = position === null ? null : bandOf(position);
  const priority = initiative.priority > 0 ? initiative.priority : (votes.dots.get(initiative.id) ?? 0);
  return {
    id: initiative.id,
    number,
    title: initiative.title,
    description: initiative.description,
    owner: initiative.owner,
    nextStep: initiative.nextStep,
    dueDate: initiative.dueDate,
    dueDateLabel: dateLabel(initiative.dueDate, planLanguage(workshop)),
    customerMetric: initiative.customerMetric,
    burdens: [...initiative.burdens],
    burdenLabels: initiative.burdens.map((b) => planWords(planLanguage(workshop)).burdens[b]),
    priority: Number.isFinite(priority) ? Math.max(0, priority) : 0,
    position,
    roomMedian: median === null ? null : clampPosition(median),
    positionSource: agreed !== null ? 'agreed' : median !== null ? 'votes' : null,
    spread:
      p25 !== null && p75 !== null && placement
        ? {
            p25: clampPosition(Math.min(p25, p75)),
            p75: clampPosition(Math.max(p25, p75)),
            count: placement.count,
          }
        : null,
    band,
    sourceLabel: describeSource(workshop, initiative.source, planWords(planLanguage(workshop))),
    moveRight: band === 'symbolic' ? planWords(planLanguage(workshop)).moveRightPrompt : null,
  };
}

export function groupByBand(
  initiatives: readonly PlanInitiative[],
  language = 'en',
): {
  groups: PlanBandGroup[];
  unplaced: PlanInitiative[];
} {
  const groups: PlanBandGroup[] = BANDS.map((band) => ({
    band,
    label: planWords(language).bands[band],
    range: BAND_RANGES[band],
    summary: planWords(language).bandSummaries[band],
    initiatives: initiatives.filter((i) => i.band === band).sort(compareInitiatives),
  }));
  const unplaced = initiatives.filter((i) => i.band === null).sort(compareInitiatives);
  return { groups, unplaced };
}

export function continuumMarkers(initiatives: readonly PlanInitiative[]): ContinuumMarker[] {
  const markers: ContinuumMarker[] = [];
  for (const i of initiatives) {
    if (i.position === null || i.band === null || i.positionSource === null) continue;
    markers.push({
      id: i.id,
      number: i.number,
      title: i.title,
      position: i.position,
      positionSource: i.positionSource,
      spread: i.spread ? { p25: i.spread.p25, p75: i.spread.p75 } : null,
      band: i.band,
      priority: i.priority,
    });
  }
  return markers.sort((a, b) => a.position - b.position || compareInitiatives(a, b));
}
