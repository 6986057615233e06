/*
 * Simulated participants: plausible, varied answers for any activity kind (each kind's
 * `simulate` says how its participants answer), for the sample
 * workshop's room and the console's practice room. Pure and seeded: the same random source gives
 * the same answers. Every answer passes the kind's checkAnswer (see simulate.test.ts).
 */
import type { ActivitySpec } from '../exercises/common';
import type { DotVotingConfig } from './dotVoting';
import { parseOpenTextItem, upvoteItem } from './openText';
import { kindOf } from './registry';
import { shuffled, unit, type Random, type RoomLean, type SimulatedAnswer } from './simulation';

export { seededRandom, type Random, type RoomLean, type SimulatedAnswer } from './simulation';

export interface SimulationOptions {
  /** Default: a fixed lean per activity, item and facet, so the room agrees a little, not uniformly. */
  lean?: RoomLean;
  /** Open text: lines participants write, per list id; person n writes line n (default: numbered ideas). */
  texts?: Readonly<Record<string, readonly string[]>>;
}

type Spec = Pick<ActivitySpec, 'id' | 'kind' | 'config'>;

function defaultLean(activityId: string): RoomLean {
  return (itemId, facet) => {
    const h = unit(`${activityId}\u0000${itemId}\u0000${facet}`);
    // Most offerings are thought to meet the basics; a few are doubted.
    if (facet === 'basics') return 0.45 + 0.55 * h;
    // Rarely unanimous: a room piled up at one end of every scale looks made up.
    return 0.12 + 0.76 * h;
  };
}

function parsedConfig(spec: Spec): unknown {
  const parsed = kindOf(spec.kind)?.configSchema.safeParse(spec.config);
  return parsed?.success ? parsed.data : undefined;
}

/**
 * One participant's answers to an activity, in the order a person would give them.
 * `participant` (0, 1, 2…) gives each person a character: what they write, how generous they rate.
 * Empty for an unknown kind or a config the kind refuses. Open-text upvotes need the others'
 * statements first: see simulateUpvotes.
 */
export function simulateAnswers(
  spec: Spec,
  participant: number,
  random: Random,
  options: SimulationOptions = {},
): SimulatedAnswer[] {
  const config = parsedConfig(spec);
  if (config === undefined) return [];
  const lean = options.lean ?? defaultLean(spec.id);
  // Some people rate generously, some harshly.
  const mood = (unit(`mood${participant}`) - 0.5) * 0.25;
  const kind = kindOf(spec.kind);
  if (!kind) return [];
  return kind.simulate(config, {
    participant,
    random,
    lean,
    mood,
    ...(options.texts ? { texts: options.texts } : {}),
  });
}

/**
 * Open text: which of the others' statements this participant upvotes, given the live result
 * (which phones see too). `own` are the participant's own statement ids: nobody upvotes those.
 */
export function simulateUpvotes(
  /** The statements this participant sees (a phone sees one page of them). */
  seen: ReadonlyArray<{ id: string }>,
  own: ReadonlySet<string>,
  random: Random,
  options: Pick<SimulationOptions, 'lean'> = {},
): SimulatedAnswer[] {
  const lean = options.lean ?? ((id: string, facet: string) => unit(`${id}\u0000${facet}`));
  return seen
    .filter((s) => !own.has(s.id) && random() < 0.15 + 0.7 * lean(s.id, 'upvote'))
    .map((s) => ({ itemId: upvoteItem(s.id), value: true }));
}

/**
 * A participant changing their mind: what they send, in order, given what they have answered
 * (latest value per item). Every step stays within the kind's limits (a dot is taken off one
 * option before it goes on another). Empty when there is nothing sensible to change.
 */
export function simulateRevision(
  spec: Spec,
  given: readonly SimulatedAnswer[],
  participant: number,
  random: Random,
  options: SimulationOptions = {},
): SimulatedAnswer[] {
  const config = parsedConfig(spec);
  if (config === undefined || given.length === 0) return [];
  if (spec.kind === 'open-text') {
    // Take back an upvote: the statement read better at first sight.
    const upvoted = given.filter((a) => parseOpenTextItem(a.itemId)?.type === 'upvote' && a.value === true);
    if (upvoted.length === 0) return [];
    return [{ itemId: upvoted[Math.floor(random() * upvoted.length)]!.itemId, value: false }];
  }
  if (spec.kind === 'dot-voting') {
    const c = config as DotVotingConfig;
    const cap = Math.min(c.dots, c.maxPerOption ?? c.dots);
    const dots = new Map(given.map((a) => [a.itemId, a.value as number]));
    const from = shuffled(
      random,
      [...dots].filter(([, n]) => n > 0),
    )[0];
    const to = shuffled(
      random,
      c.options.filter((o) => o.id !== from?.[0] && (dots.get(o.id) ?? 0) < cap),
    )[0];
    if (!from || !to) return [];
    return [
      { itemId: from[0], value: from[1] - 1 },
      { itemId: to.id, value: (dots.get(to.id) ?? 0) + 1 },
    ];
  }
  // Items are independent: answer one of them afresh.
  const fresh = simulateAnswers(spec, participant, random, options);
  const item = given[Math.floor(random() * given.length)]!.itemId;
  const again = fresh.find((a) => a.itemId === item);
  return again ? [again] : [];
}
