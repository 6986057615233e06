import type { OpenTextResult } from '../../activities/openText';
import type { OpenTextWording } from '../../activities/openTextWords';
import { newId } from '../../ids';
import { CARD_TITLE_MAX, MAX_CARDS, MAX_REJECTED_PROPOSALS, type Card, type PushPull } from './schema';

/**
 * Card proposals: when the exercise allows them, participants write cards in an open-text
 * activity (`${exercise.id}:propose`) before the sort; the facilitator approves or rejects each.
 * An approved proposal becomes a card marked `proposed`; a rejected one is remembered by its key,
 * so it stays rejected after a reload or in the next session.
 */

export const PROPOSE_SUFFIX = 'propose';
export const SORT_SUFFIX = 'sort';
export const proposeActivityId = (exerciseId: string) => `${exerciseId}:${PROPOSE_SUFFIX}`;
export const sortActivityId = (exerciseId: string) => `${exerciseId}:${SORT_SUFFIX}`;

/** The one list of the propose activity. */
export const PROPOSAL_LIST_ID = 'cards';
/** Cards one participant may have proposed at a time. */
export const PROPOSALS_PER_PARTICIPANT = 3;
/** Phones say "1 of 3 cards proposed", not statements. */
export const PROPOSAL_WORDING: OpenTextWording = {
  one: 'card',
  many: 'cards',
  written: 'proposed',
  placeholder: 'Name a card…',
};

/** What makes two wordings the same card: case, spacing and Unicode forms do not count. */
export function proposalKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * pending: waiting for the facilitator; approved: a proposed card of the exercise;
 * rejected: turned down; existing: the facilitator's own card list has it already.
 */
export type ProposalStatus = 'pending' | 'approved' | 'rejected' | 'existing';

export interface Proposal {
  key: string;
  /** The wording of the most upvoted of its duplicates. */
  text: string;
  /** Upvotes of all its duplicates together. */
  upvotes: number;
  /** How many participants wrote it (duplicates merged). */
  count: number;
  status: ProposalStatus;
}

/** The room's proposals, duplicates merged, most upvoted first, each with where it stands. */
export function proposalsOf(exercise: PushPull, result: OpenTextResult | null): Proposal[] {
  if (!result) return [];
  const cards = new Map<string, Card>();
  for (const card of exercise.cards) {
    const key = proposalKey(card.title);
    if (!cards.has(key) || card.proposed) cards.set(key, card);
  }
  const rejected = new Set(exercise.rejectedProposals ?? []);
  const byKey = new Map<string, Proposal>();
  for (const list of result.lists) {
    for (const statement of list.statements) {
      const key = proposalKey(statement.text);
      if (!key) continue;
      const found = byKey.get(key);
      if (found) {
        found.upvotes += statement.upvotes;
        found.count += 1;
        continue;
      }
      const card = cards.get(key);
      const status: ProposalStatus = card
        ? card.proposed
          ? 'approved'
          : 'existing'
        : rejected.has(key)
          ? 'rejected'
          : 'pending';
      const text = statement.text.replace(/\s+/g, ' ').trim();
      byKey.set(key, { key, text, upvotes: statement.upvotes, count: 1, status });
    }
  }
  // Stable sort: equal upvotes keep the tally's order (older first).
  return [...byKey.values()].sort((a, b) => b.upvotes - a.upvotes);
}

/**
 * The exercise with these proposals as new cards (marked proposed), after the existing ones.
 * A proposal whose card exists already is skipped, and so is any beyond MAX_CARDS.
 */
export function approveProposals(
  exercise: PushPull,
  proposals: ReadonlyArray<Pick<Proposal, 'key' | 'text'>>,
): PushPull {
  const have = new Set(exercise.cards.map((c) => proposalKey(c.title)));
  const added: Card[] = [];
  for (const proposal of proposals) {
    const title = proposal.text.replace(/\s+/g, ' ').trim().slice(0, CARD_TITLE_MAX);
    if (!title || have.has(proposal.key) || exercise.cards.length + added.length >= MAX_CARDS) continue;
    have.add(proposal.key);
    added.push({ id: newId(), title, description: '', proposed: true });
  }
  const approved = new Set(proposals.map((p) => p.key));
  return withRejected(
    { ...exercise, cards: [...exercise.cards, ...added] },
    (exercise.rejectedProposals ?? []).filter((key) => !approved.has(key)),
  );
}

/** The exercise with this proposal turned down (and its proposed card removed, if it was approved). */
export function rejectProposal(exercise: PushPull, key: string): PushPull {
  const rejected = [...(exercise.rejectedProposals ?? []).filter((k) => k !== key), key];
  return withRejected(withoutProposedCard(exercise, key), rejected.slice(-MAX_REJECTED_PROPOSALS));
}

/** Back to pending: the rejection forgotten, or the approved card removed with its board placement. */
export function undoProposalDecision(exercise: PushPull, key: string): PushPull {
  return withRejected(
    withoutProposedCard(exercise, key),
    (exercise.rejectedProposals ?? []).filter((k) => k !== key),
  );
}

function withRejected(exercise: PushPull, rejected: string[]): PushPull {
  // Files that never had the field keep not having it.
  if (!exercise.rejectedProposals && rejected.length === 0) return exercise;
  return { ...exercise, rejectedProposals: rejected };
}

function withoutProposedCard(exercise: PushPull, key: string): PushPull {
  const gone = new Set(
    exercise.cards.filter((c) => c.proposed && proposalKey(c.title) === key).map((c) => c.id),
  );
  if (gone.size === 0) return exercise;
  const keep = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).filter(([id]) => !gone.has(id)));
  return {
    ...exercise,
    cards: exercise.cards.filter((c) => !gone.has(c.id)),
    placements: keep(exercise.placements),
    ...(exercise.splits ? { splits: keep(exercise.splits) } : {}),
  };
}
