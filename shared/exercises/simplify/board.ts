import type { RatingResult, TwoAxisRatingResult } from '../../activities/twoAxisRating';
import { blankInitiative, sourceKey } from '../../plan/candidates';
import type { InitiativeSource } from '../../workshop/initiative';
import type { Workshop } from '../../workshop/schema';
import { contentIn } from '../content';
import type { Decision, Offering, Simplify } from './schema';

/** Where an offering sits on the board; `unrated` until it has ratings or a decision. */
export type DecisionPlace = Decision | 'unrated';

/** What each quadrant means, in the room's words. */
export const DECISION_HINTS: Record<Decision, string> = {
  keep: 'High value, low burden',
  simplify: 'High value, high burden',
  retire: 'Low value, high burden',
  question: 'Low value, low burden',
};

export const NOTE_MAX = 200;
/** The workshop schema's limit on initiatives. */
export const MAX_INITIATIVES = 300;

export interface BoardOffering {
  offering: Offering;
  rating: RatingResult | null;
  /** The decision the quadrant of the ratings proposes; null without ratings. */
  proposed: Decision | null;
  place: DecisionPlace;
  note: string;
  /** Decided otherwise than the ratings proposed. */
  overridden: boolean;
  /** More of the room said it does not meet the basics than said it does: fix the basics first. */
  failsBasics: boolean;
  /** An initiative was made from this offering. */
  inPlan: boolean;
}

export interface SimplifyBoardModel {
  offerings: BoardOffering[];
  places: Record<DecisionPlace, string[]>;
  /** Decisions are stored, not only proposed by the ratings. */
  saved: boolean;
  rated: number;
}

export function simplifySource(exerciseId: string, offeringId: string, decision: Decision): InitiativeSource {
  return { type: 'simplify', exerciseId, offeringId, decision };
}

function initiativeKeys(workshop: Pick<Workshop, 'initiatives'>): Set<string> {
  return new Set(workshop.initiatives.map((i) => sourceKey(i.source)).filter((k) => k !== null));
}

export function simplifyBoard(
  workshop: Pick<Workshop, 'initiatives'>,
  exercise: Simplify,
  result: TwoAxisRatingResult | null,
): SimplifyBoardModel {
  const byId = new Map((result?.items ?? []).map((item) => [item.id, item]));
  const keys = initiativeKeys(workshop);
  const places: Record<DecisionPlace, string[]> = {
    unrated: [],
    keep: [],
    simplify: [],
    retire: [],
    question: [],
  };
  let rated = 0;
  const offerings = exercise.offerings.map((offering): BoardOffering => {
    const found = byId.get(offering.id);
    const rating = found && found.count > 0 ? found : null;
    const proposed = rating?.quadrant ?? null;
    const decided = exercise.decisions[offering.id];
    const place: DecisionPlace = decided?.decision ?? proposed ?? 'unrated';
    places[place].push(offering.id);
    if (rating) rated++;
    return {
      offering,
      rating,
      proposed,
      place,
      note: decided?.note ?? '',
      overridden: !!decided && proposed !== null && decided.decision !== proposed,
      failsBasics: rating?.failsBasics ?? false,
      inPlan: keys.has(sourceKey(simplifySource(exercise.id, offering.id, 'keep'))!),
    };
  });
  const saved = exercise.offerings.some((o) => Object.hasOwn(exercise.decisions, o.id));
  return { offerings, places, saved, rated };
}

/**
 * Stores the whole board as the facilitator's decisions, with `offeringId` moved to `to` and/or
 * its note changed: proposed decisions are saved too, so the plan has every offering.
 */
export function decideOffering(
  workshop: Pick<Workshop, 'initiatives'>,
  exercise: Simplify,
  result: TwoAxisRatingResult | null,
  offeringId: string | null,
  change: { to?: Decision; note?: string } = {},
): Simplify {
  const board = simplifyBoard(workshop, exercise, result);
  const decisions: Simplify['decisions'] = {};
  for (const item of board.offerings) {
    const mine = item.offering.id === offeringId;
    const place = mine && change.to ? change.to : item.place;
    const note = mine && change.note !== undefined ? change.note.slice(0, NOTE_MAX) : item.note;
    if (place === 'unrated') continue;
    decisions[item.offering.id] = { decision: place, note };
  }
  return { ...exercise, decisions };
}

export function resetDecisions(exercise: Simplify): Simplify {
  return { ...exercise, decisions: {} };
}

/** "Retire Premium support", in the workshop's language: the name is the facilitator's. */
export function decisionTitle(
  workshop: Pick<Workshop, 'language'>,
  decision: 'simplify' | 'retire',
  offering: string,
): string {
  const made = contentIn(workshop.language).made;
  const title = decision === 'simplify' ? made.simplifyOffering(offering) : made.retireOffering(offering);
  return title.slice(0, 160);
}

/**
 * Makes an initiative of a Simplify or Retire decision, in one step: the board is stored (so the
 * decision the initiative names is the saved one) and the initiative added to the action plan.
 * Returns the workshop unchanged when the offering is not decided Simplify or Retire, or already
 * has an initiative.
 */
export function addDecisionInitiative(
  workshop: Workshop,
  exerciseId: string,
  result: TwoAxisRatingResult | null,
  offeringId: string,
): Workshop {
  const exercise = workshop.agenda.find((e): e is Simplify => e.id === exerciseId && e.type === 'simplify');
  if (!exercise || workshop.initiatives.length >= MAX_INITIATIVES) return workshop;
  const item = simplifyBoard(workshop, exercise, result).offerings.find((o) => o.offering.id === offeringId);
  if (!item || item.inPlan || (item.place !== 'simplify' && item.place !== 'retire')) return workshop;
  const decided = decideOffering(workshop, exercise, result, null);
  const initiative = {
    ...blankInitiative(decisionTitle(workshop, item.place, item.offering.name)),
    description: (item.note || item.offering.description).slice(0, 1000),
    source: simplifySource(exercise.id, offeringId, item.place),
  };
  return {
    ...workshop,
    agenda: workshop.agenda.map((e) => (e.id === exercise.id ? decided : e)),
    initiatives: [...workshop.initiatives, initiative],
  };
}
