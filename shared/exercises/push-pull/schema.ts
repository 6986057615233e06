import { z } from 'zod';
import { newId } from '../../ids';
import type { Language } from '../../languages';
import { contentIn } from '../content';
import { boardColumnSchema } from './columns';
import { exerciseBase, idSchema, longText, shortText } from '../common';

export const MAX_CARDS = 500;
export const CARD_TITLE_MAX = 160;
/** Rejected proposals remembered per exercise (a full room proposes at most a few thousand). */
export const MAX_REJECTED_PROPOSALS = 2000;

export const cardSchema = z.object({
  id: idSchema,
  title: shortText(CARD_TITLE_MAX).min(1),
  description: longText(600),
  /** A participant proposed it in a live session and the facilitator approved it (optional: older files lack it). */
  proposed: z.boolean().optional(),
});
export type Card = z.infer<typeof cardSchema>;

// Kept apart from this file (which words new exercises in every language): the projector checks outcomes with them.
export { boardColumnSchema, type BoardColumn } from './columns';

/** Votes on one card when the board was saved: push, pull, and unsure (or any other answer). */
export const voteSplitSchema = z.object({
  push: z.number().int().nonnegative(),
  pull: z.number().int().nonnegative(),
  unsure: z.number().int().nonnegative(),
});
export type VoteSplit = z.infer<typeof voteSplitSchema>;

export const pushPullSchema = z.object({
  ...exerciseBase,
  type: z.literal('push-pull'),
  prompt: shortText(300).min(1),
  cards: z.array(cardSchema).max(MAX_CARDS),
  /** A card is contested when neither side reaches this share of the votes (percent). */
  contestedThreshold: z.number().int().min(50).max(100),
  /** Participants propose cards in a live activity before the sort; the facilitator approves them. */
  allowProposals: z.boolean(),
  /** Proposals the facilitator turned down, by proposalKey (optional: older files lack it). */
  rejectedProposals: z
    .array(z.string().max(4 * CARD_TITLE_MAX))
    .max(MAX_REJECTED_PROPOSALS)
    .optional(),
  /** The facilitator's final placement per card id. */
  placements: z.record(z.string(), boardColumnSchema),
  /** The vote split each placed card had when the board was saved (optional: older files lack it). */
  splits: z.record(z.string(), voteSplitSchema).optional(),
});
export type PushPull = z.infer<typeof pushPullSchema>;

/** The sort's columns on the phones: push and pull decide a card, unsure votes count in its total. */
export const SORT_CATEGORIES = [
  { id: 'push', label: 'Pushed by us' },
  { id: 'pull', label: 'Pulled by customers' },
  { id: 'unsure', label: 'Unsure' },
] as const;
export const SORT_DECISIVE = ['push', 'pull'] as const;

export function newPushPull(language?: Language): PushPull {
  const content = contentIn(language).pushPull;
  return {
    id: newId(),
    type: 'push-pull',
    title: content.title,
    minutes: 20,
    prompt: content.prompt,
    cards: [],
    contestedThreshold: 65,
    allowProposals: false,
    placements: {},
  };
}
