/*
 * What a kind needs to simulate participants (see ActivityKind.simulate): the room's lean, the
 * random source, and small helpers for plausible, varied answers. Pure: no kind imports here.
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

/** One simulated participant, as a kind's `simulate` sees them. */
export interface SimulatedParticipant {
  /** 0, 1, 2…: who they are (person n writes line n of a list). */
  participant: number;
  random: Random;
  lean: RoomLean;
  /** How generously this person rates, about −0.125 to 0.125 of a scale. */
  mood: number;
  /** Open text: lines participants write, per list id. */
  texts?: Readonly<Record<string, readonly string[]>>;
}

/** FNV-1a: a stable number in [0, 1) for a string. */
export function unit(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0) / 4294967296;
}

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

/** A whole number near `centre`: three draws make a bell-ish spread of about ±1.5 × spread. */
export function around(random: Random, centre: number, spread: number, min: number, max: number): number {
  return clamp(Math.round(centre + (random() + random() + random() - 1.5) * spread), min, max);
}

/** One of `weights`' indexes, in proportion to its weight. */
export function pickWeighted(random: Random, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = random() * total;
  for (let i = 0; i < weights.length; i++) if ((r -= weights[i]!) < 0) return i;
  return weights.length - 1;
}

export function shuffled<T>(random: Random, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
