import type { ActivitySpec } from '../exercises/common';
import type { CardClassificationConfig } from './cardClassification';
import type { ContinuumPlacementConfig } from './continuumPlacement';
import type { DotVotingConfig } from './dotVoting';
import type { JourneyHeatmapConfig } from './journeyHeatmap';
import { CHOICE_ITEM, type MultipleChoiceConfig } from './multipleChoice';
import {
  parseOpenTextItem,
  statementItem,
  upvoteItem,
  type OpenTextConfig,
  type OpenTextResult,
} from './openText';
import { kindOf } from './registry';
import type { ScalePollConfig } from './scalePoll';
import type { TwoAxisRatingConfig } from './twoAxisRating';

/*
 * Simulated participants: plausible, varied answers for any activity kind, for the sample
 * workshop's room and the console's practice room. Pure and seeded: the same random source gives
 * the same answers. Every answer passes the kind's checkAnswer (see simulate.test.ts).
 */

/** A number in [0, 1): Math.random, or seededRandom(n) for answers that repeat. */
export type Random = () => number;

/** mulberry32: small, fast and good enough to make a room of people. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One answer a simulated participant gives: what the phone would send. */
export interface SimulatedAnswer {
  itemId: string;
  value: unknown;
}

/**
 * Where the room leans on one item, from 0 to 1. The facet says what about it:
 * - scale-poll 'rating', continuum-placement 'position': where on the scale (0 = its low end);
 * - journey-heatmap, per burden ('time', 'worry'…): how heavy (0 = none);
 * - two-axis-rating 'x', 'y': where on that axis; 'basics': the chance of saying it meets them;
 * - multiple-choice 'choice': the chance to tick it (single choice: its weight);
 * - card-classification 'first': the share putting it in the first decisive category;
 * - dot-voting 'dots': its weight when dots are spent; open-text 'upvote': its appeal.
 */
export type RoomLean = (itemId: string, facet: string) => number;

export interface SimulationOptions {
  /** Default: a fixed lean per activity, item and facet, so the room agrees a little, not uniformly. */
  lean?: RoomLean;
  /** Open text: lines participants write, per list id; person n writes line n (default: numbered ideas). */
  texts?: Readonly<Record<string, readonly string[]>>;
}

type Spec = Pick<ActivitySpec, 'id' | 'kind' | 'config'>;

/** FNV-1a: a stable number in [0, 1) for a string. */
function unit(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0) / 4294967296;
}

function defaultLean(activityId: string): RoomLean {
  return (itemId, facet) => {
    const h = unit(`${activityId}\u0000${itemId}\u0000${facet}`);
    // Most offerings are thought to meet the basics; a few are doubted.
    if (facet === 'basics') return 0.45 + 0.55 * h;
    // Rarely unanimous: a room piled up at one end of every scale looks made up.
    return 0.12 + 0.76 * h;
  };
}

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

/** A whole number near `centre`: three draws make a bell-ish spread of about ±1.5 × spread. */
function around(random: Random, centre: number, spread: number, min: number, max: number): number {
  return clamp(Math.round(centre + (random() + random() + random() - 1.5) * spread), min, max);
}

/** One of `weights`' indexes, in proportion to its weight. */
function pickWeighted(random: Random, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = random() * total;
  for (let i = 0; i < weights.length; i++) if ((r -= weights[i]!) < 0) return i;
  return weights.length - 1;
}

function shuffled<T>(random: Random, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A statement id like the phone's (letters and digits), unique enough across practice rooms. */
function statementId(random: Random): string {
  let id = '';
  for (let i = 0; i < 10; i++) id += '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 36)];
  return id;
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
  switch (spec.kind) {
    case 'scale-poll': {
      const c = config as ScalePollConfig;
      const range = c.max - c.min;
      return c.items.map((item) => ({
        itemId: item.id,
        value: around(random, c.min + (lean(item.id, 'rating') + mood) * range, 0.4 * range, c.min, c.max),
      }));
    }
    case 'multiple-choice': {
      const c = config as MultipleChoiceConfig;
      if (!c.multi) {
        const pick = pickWeighted(
          random,
          c.options.map((o) => 0.05 + lean(o.id, 'choice')),
        );
        return [{ itemId: CHOICE_ITEM, value: c.options[pick]!.id }];
      }
      const ticked = c.options.filter((o) => random() < lean(o.id, 'choice')).map((o) => o.id);
      const max = c.maxChoices ?? c.options.length;
      const kept = ticked.length > max ? new Set(shuffled(random, ticked).slice(0, max)) : new Set(ticked);
      return [{ itemId: CHOICE_ITEM, value: ticked.filter((id) => kept.has(id)) }];
    }
    case 'open-text': {
      const c = config as OpenTextConfig;
      const r = random();
      const count = Math.min(c.maxPerParticipant, c.lists.length, r < 0.6 ? 1 : r < 0.85 ? 2 : 0);
      const answers: SimulatedAnswer[] = [];
      for (let k = 0; k < count; k++) {
        const list = c.lists[(participant + k) % c.lists.length]!;
        const bank = options.texts?.[list.id];
        // Line n of a list is person n's: nobody writes the same line twice. Past the end, they upvote.
        const line = bank ? bank[participant] : `${list.label}: idea ${participant + 1}`;
        if (line === undefined) continue;
        answers.push({
          itemId: statementItem(statementId(random)),
          value: { list: list.id, text: line.slice(0, c.maxLength) },
        });
      }
      return answers;
    }
    case 'dot-voting': {
      const c = config as DotVotingConfig;
      const cap = Math.min(c.dots, c.maxPerOption ?? c.dots);
      const weights = c.options.map((o) => 0.05 + lean(o.id, 'dots'));
      const placed = new Array<number>(c.options.length).fill(0);
      for (let dot = 0; dot < c.dots; dot++) {
        const open = weights.map((w, i) => (placed[i]! < cap ? w : 0));
        if (!open.some((w) => w > 0)) break;
        placed[pickWeighted(random, open)]! += 1;
      }
      return c.options.flatMap((o, i) => (placed[i]! > 0 ? [{ itemId: o.id, value: placed[i]! }] : []));
    }
    case 'card-classification': {
      const c = config as CardClassificationConfig;
      const [first, second] = c.decisive;
      const others = c.categories.filter((cat) => !c.decisive.includes(cat.id));
      return c.cards.map((card) => {
        if (others.length && random() < 0.08)
          return { itemId: card.id, value: others[Math.floor(random() * others.length)]!.id };
        return { itemId: card.id, value: random() < lean(card.id, 'first') ? first : second };
      });
    }
    case 'two-axis-rating': {
      const c = config as TwoAxisRatingConfig;
      const { x, y } = c.axes;
      return c.items.map((item) => {
        const value: { x: number; y: number; basics?: string } = {
          x: around(
            random,
            x.min + lean(item.id, 'x') * (x.max - x.min),
            0.35 * (x.max - x.min),
            x.min,
            x.max,
          ),
          y: around(
            random,
            y.min + lean(item.id, 'y') * (y.max - y.min),
            0.35 * (y.max - y.min),
            y.min,
            y.max,
          ),
        };
        if (c.basicsQuestion)
          value.basics = random() < 0.1 ? 'unsure' : random() < lean(item.id, 'basics') ? 'yes' : 'no';
        return { itemId: item.id, value };
      });
    }
    case 'journey-heatmap': {
      const c = config as JourneyHeatmapConfig;
      return c.stages.map((stage) => ({
        itemId: stage.id,
        value: Object.fromEntries(
          c.burdens.map((b) => [
            b,
            around(random, (lean(stage.id, b) + mood) * c.max, 0.47 * c.max, 0, c.max),
          ]),
        ),
      }));
    }
    case 'continuum-placement': {
      const c = config as ContinuumPlacementConfig;
      return c.items.map((item) => ({
        itemId: item.id,
        value: around(random, lean(item.id, 'position') * 100, 28, 0, 100),
      }));
    }
    default:
      return [];
  }
}

/**
 * Open text: which of the others' statements this participant upvotes, given the live result
 * (which phones see too). `own` are the participant's own statement ids: nobody upvotes those.
 */
export function simulateUpvotes(
  result: OpenTextResult,
  own: ReadonlySet<string>,
  random: Random,
  options: Pick<SimulationOptions, 'lean'> = {},
): SimulatedAnswer[] {
  const lean = options.lean ?? ((id: string, facet: string) => unit(`${id}\u0000${facet}`));
  return result.lists
    .flatMap((list) => list.statements)
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
