import { BURDEN_LABELS, type Burden } from '../burdens';
import { hotSpotRanking } from '../exercises/burden-journey/cells';
import { newId } from '../ids';
import type { Initiative, InitiativeSource } from '../workshop/initiative';
import type { Workshop } from '../workshop/schema';
import { pushPullBoard } from '../exercises/push-pull/board';
import { findResult } from './results';

/** Something an earlier exercise produced that could become an initiative. */
export interface InitiativeCandidate {
  /** Stable key of the source, so one source becomes at most one initiative. */
  key: string;
  origin: 'push-pull' | 'simplify' | 'journey';
  title: string;
  description: string;
  /** Why it is offered, e.g. "Placed in Pull" or "Worry 2.6 of 3". */
  reason: string;
  burdens: Burden[];
  source: InitiativeSource;
  /** The result it comes from includes answers of simulated practice participants. */
  practice: boolean;
}

/** Journey cells at or above this mean (0–3) count as hot spots. */
export const HOT_SPOT_MIN = 1.5;
export const MAX_HOT_SPOTS = 8;

export function sourceKey(source: InitiativeSource): string | null {
  switch (source.type) {
    case 'manual':
      return null;
    case 'push-pull':
      return `push-pull:${source.exerciseId}:${source.cardId}`;
    case 'simplify':
      return `simplify:${source.exerciseId}:${source.offeringId}`;
    case 'journey':
      return `journey:${source.exerciseId}:${source.stageId}:${source.burden}`;
  }
}

/**
 * What the earlier exercises offer as initiatives: cards placed in Pull, offerings to simplify or
 * retire, and the journey's hot spots. Sources already turned into an initiative are left out.
 */
export function initiativeCandidates(workshop: Workshop): InitiativeCandidate[] {
  const taken = new Set(workshop.initiatives.map((i) => sourceKey(i.source)).filter((k) => k !== null));
  const candidates: InitiativeCandidate[] = [];
  const offer = (candidate: Omit<InitiativeCandidate, 'key'>) => {
    const key = sourceKey(candidate.source)!;
    if (!taken.has(key)) candidates.push({ ...candidate, key });
  };

  for (const exercise of workshop.agenda) {
    if (exercise.type === 'push-pull') {
      const result = findResult(workshop, exercise.id, 'card-classification');
      // The cards in Pull on the board: placed there, or put there by the votes.
      for (const { card, place } of pushPullBoard(exercise, result?.tally ?? null).cards) {
        if (place !== 'pull') continue;
        const placed = Object.hasOwn(exercise.placements, card.id);
        offer({
          origin: 'push-pull',
          title: card.title,
          description: card.description,
          reason: placed
            ? 'Placed in Pull: customers ask for it'
            : 'In Pull by the votes: customers ask for it',
          burdens: [],
          source: { type: 'push-pull', exerciseId: exercise.id, cardId: card.id },
          practice: !!result?.practice,
        });
      }
    } else if (exercise.type === 'simplify') {
      const practice = !!findResult(workshop, exercise.id, 'two-axis-rating')?.practice;
      for (const offering of exercise.offerings) {
        const decided = exercise.decisions[offering.id];
        if (decided?.decision !== 'simplify' && decided?.decision !== 'retire') continue;
        const verb = decided.decision === 'simplify' ? 'Simplify' : 'Retire';
        offer({
          origin: 'simplify',
          title: `${verb} ${offering.name}`.slice(0, 160),
          description: decided.note,
          reason: `Decided: ${verb}`,
          burdens: [],
          source: {
            type: 'simplify',
            exerciseId: exercise.id,
            offeringId: offering.id,
            decision: decided.decision,
          },
          practice,
        });
      }
    } else if (exercise.type === 'burden-journey') {
      const heatmap = findResult(workshop, exercise.id, 'journey-heatmap');
      const hot = hotSpotRanking(heatmap?.tally ?? null).filter(
        (c) => Number.isFinite(c.mean) && c.mean >= HOT_SPOT_MIN,
      );
      for (const cell of hot.slice(0, MAX_HOT_SPOTS)) {
        const stage = exercise.stages.find((s) => s.id === cell.stageId);
        if (!stage) continue;
        const burden = BURDEN_LABELS[cell.burden];
        offer({
          origin: 'journey',
          title: `Cut the ${burden.toLowerCase()} it costs customers to ${stage.name.toLowerCase()}`.slice(
            0,
            160,
          ),
          description: '',
          reason: `${burden} at ${stage.name}: ${cell.mean.toFixed(1)} of 3`,
          burdens: [cell.burden],
          source: { type: 'journey', exerciseId: exercise.id, stageId: stage.id, burden: cell.burden },
          practice: !!heatmap?.practice,
        });
      }
    }
  }
  return candidates;
}

export function blankInitiative(title = 'New initiative'): Initiative {
  return {
    id: newId(),
    title,
    description: '',
    position: null,
    owner: '',
    nextStep: '',
    dueDate: '',
    customerMetric: '',
    burdens: [],
    priority: 0,
    source: { type: 'manual' },
  };
}

export function initiativeFromCandidate(candidate: InitiativeCandidate): Initiative {
  return {
    ...blankInitiative(candidate.title),
    description: candidate.description.slice(0, 1000),
    burdens: [...candidate.burdens],
    source: candidate.source,
  };
}
