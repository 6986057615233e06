import type { Burden } from '../burdens';
import type { ExerciseType } from '../exercises';
import type { SourcePart } from '../exercises/exerciseDefinition';
import { definitionOf, EXERCISE_DEFINITIONS } from '../exercises/registry';
import { newId } from '../ids';
import type { Initiative, InitiativeSource } from '../workshop/initiative';
import type { Workshop } from '../workshop/schema';

/** Something an earlier exercise produced that could become an initiative. */
export interface InitiativeCandidate {
  /** Stable key of the source, so one source becomes at most one initiative. */
  key: string;
  /** The type of exercise it comes from (its definition's `candidates`). */
  origin: ExerciseType;
  title: string;
  description: string;
  /** Why it is offered, e.g. "Placed in Pull" or "Worry 2.6 of 3". */
  reason: string;
  burdens: Burden[];
  source: InitiativeSource;
  /** The result it comes from includes answers of simulated practice participants. */
  practice: boolean;
}

/** The part of the exercise whose initiatives keep this shape of source. */
export function sourcePartOf(source: InitiativeSource): SourcePart<never> | null {
  for (const definition of EXERCISE_DEFINITIONS) {
    const part = definition.candidates?.source;
    if (part?.type === source.type) return part;
  }
  return null;
}

/** Stable key of a source, so one source becomes at most one initiative; null for one typed in. */
export function sourceKey(source: InitiativeSource): string | null {
  const part = sourcePartOf(source);
  // The part was found by this source's own type, so it takes this source.
  return part ? `${source.type}:${part.key(source as never)}` : null;
}

/**
 * What the earlier exercises offer as initiatives, in agenda order, each exercise by its
 * definition's `candidates` (cards placed in Pull, offerings to simplify or retire, the journey's
 * hot spots). Sources already turned into an initiative are left out.
 */
export function initiativeCandidates(workshop: Workshop): InitiativeCandidate[] {
  const taken = new Set(workshop.initiatives.map((i) => sourceKey(i.source)).filter((k) => k !== null));
  const candidates: InitiativeCandidate[] = [];
  for (const exercise of workshop.agenda) {
    const offers = definitionOf(exercise.type).candidates?.of(exercise, workshop) ?? [];
    for (const offer of offers) {
      const key = sourceKey(offer.source);
      if (key !== null && !taken.has(key)) candidates.push({ ...offer, key, origin: exercise.type });
    }
  }
  return candidates;
}

/** An initiative named `title`; the console names a new one in the workshop's language (`made.newInitiative`). */
export function blankInitiative(title: string): Initiative {
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
