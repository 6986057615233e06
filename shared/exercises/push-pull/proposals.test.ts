import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tallyOpenText, type OpenTextConfig, type OpenTextResult } from '../../activities/openText';
import { newPushPull, pushPullSchema, type PushPull } from './schema';
import {
  approveProposals,
  proposalKey,
  proposalsOf,
  rejectProposal,
  undoProposalDecision,
} from './proposals';

const config: OpenTextConfig = {
  lists: [{ id: 'cards', label: 'Cards' }],
  maxLength: 160,
  maxPerParticipant: 3,
};

/** The propose activity's result, as the hub tallies it: [participant, text] per statement, upvotes after. */
function proposed(statements: [string, string][], upvotes: [string, number][] = []): OpenTextResult {
  const answers = [
    ...statements.map(([participantId, text], i) => ({
      participantId,
      itemId: `s:s${i}`,
      value: { list: 'cards', text },
      at: i,
    })),
    ...upvotes.map(([participantId, statement], i) => ({
      participantId,
      itemId: `u:s${statement}`,
      value: true,
      at: 100 + i,
    })),
  ];
  return tallyOpenText(config, answers);
}

function exercise(titles: string[] = []): PushPull {
  return {
    ...newPushPull(),
    allowProposals: true,
    cards: titles.map((title, i) => ({ id: `c${i}`, title, description: '' })),
  };
}

describe('proposalsOf', () => {
  it('merges wordings that differ only in case and spacing, adding up their upvotes', () => {
    const result = proposed(
      [
        ['ann', 'Chatbot for invoices'],
        ['bob', '  chatbot   FOR invoices '],
        ['cy', 'Paper invoices'],
      ],
      [
        ['cy', 0],
        ['ann', 1],
        ['cy', 1],
      ],
    );
    expect(proposalsOf(exercise(), result)).toEqual([
      { key: 'chatbot for invoices', text: 'chatbot FOR invoices', upvotes: 3, count: 2, status: 'pending' },
      { key: 'paper invoices', text: 'Paper invoices', upvotes: 0, count: 1, status: 'pending' },
    ]);
  });

  it('says which proposals are approved, rejected, or already one of the facilitator’s cards', () => {
    const result = proposed([
      ['ann', 'Loyalty app'],
      ['bob', 'Chatbot'],
      ['cy', 'Fax line'],
      ['cy', 'Gift cards'],
    ]);
    let pp = exercise(['LOYALTY APP']);
    pp = approveProposals(pp, [{ key: 'chatbot', text: 'Chatbot' }]);
    pp = rejectProposal(pp, 'fax line');
    expect(proposalsOf(pp, result).map((p) => [p.text, p.status])).toEqual([
      ['Loyalty app', 'existing'],
      ['Chatbot', 'approved'],
      ['Fax line', 'rejected'],
      ['Gift cards', 'pending'],
    ]);
    expect(proposalsOf(pp, null)).toEqual([]);
  });
});

describe('approving and rejecting', () => {
  it('adds approved proposals as proposed cards after the existing ones, once each', () => {
    const pp = exercise(['Loyalty app']);
    const approved = approveProposals(pp, [
      { key: 'chatbot', text: 'Chatbot' },
      { key: 'loyalty app', text: 'loyalty app' },
      { key: 'chatbot', text: 'chatbot' },
    ]);
    expect(approved.cards.map((c) => [c.title, c.proposed ?? false])).toEqual([
      ['Loyalty app', false],
      ['Chatbot', true],
    ]);
    expect(new Set(approved.cards.map((c) => c.id)).size).toBe(2);
    expect(pushPullSchema.safeParse(approved).success).toBe(true);
    // Approving again changes nothing.
    expect(approveProposals(approved, [{ key: 'chatbot', text: 'Chatbot' }]).cards).toEqual(approved.cards);
  });

  it('stops at the card limit', () => {
    const full = exercise(Array.from({ length: 499 }, (_, i) => `Card ${i}`));
    const approved = approveProposals(full, [
      { key: 'a', text: 'A' },
      { key: 'b', text: 'B' },
    ]);
    expect(approved.cards).toHaveLength(500);
    expect(approved.cards.at(-1)!.title).toBe('A');
  });

  it('rejecting an approved card removes it with its board placement; undo brings a rejected one back', () => {
    let pp = approveProposals(exercise(), [{ key: 'chatbot', text: 'Chatbot' }]);
    const id = pp.cards[0]!.id;
    pp = { ...pp, placements: { [id]: 'pull' }, splits: { [id]: { push: 0, pull: 2, unsure: 0 } } };
    pp = rejectProposal(pp, 'chatbot');
    expect(pp.cards).toEqual([]);
    expect(pp.placements).toEqual({});
    expect(pp.splits).toEqual({});
    expect(pp.rejectedProposals).toEqual(['chatbot']);
    pp = undoProposalDecision(pp, 'chatbot');
    expect(pp.rejectedProposals).toEqual([]);
    expect(pushPullSchema.safeParse(pp).success).toBe(true);
  });

  it('never removes the facilitator’s own card when a proposal with the same words is undone', () => {
    const pp = exercise(['Chatbot']);
    expect(undoProposalDecision(pp, 'chatbot').cards).toEqual(pp.cards);
    expect(rejectProposal(pp, 'chatbot').cards).toEqual(pp.cards);
  });

  it('keeps an exercise without the field free of it until something is rejected', () => {
    const pp = exercise();
    expect('rejectedProposals' in approveProposals(pp, [{ key: 'x', text: 'X' }])).toBe(false);
  });

  it('whatever the room writes, approved cards are valid, unique and each proposal ends in one state', () => {
    const text = fc.string({ minLength: 1, maxLength: 160 }).filter((t) => t.trim().length > 0);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('ann', 'bob', 'cy'), text), { maxLength: 9 }),
        fc.array(fc.boolean(), { maxLength: 9 }),
        (statements, decisions) => {
          const result = proposed(statements);
          let pp = exercise(['Loyalty app']);
          const proposals = proposalsOf(pp, result);
          proposals.forEach((p, i) => {
            pp = decisions[i] ? approveProposals(pp, [p]) : rejectProposal(pp, p.key);
          });
          expect(pushPullSchema.safeParse(pp).success).toBe(true);
          const keys = pp.cards.map((c) => proposalKey(c.title));
          expect(new Set(keys).size).toBe(keys.length);
          const after = proposalsOf(pp, result);
          expect(after.map((p) => p.key)).toEqual(proposals.map((p) => p.key));
          after.forEach((p, i) => {
            if (proposals[i]!.status === 'existing') expect(p.status).toBe('existing');
            else expect(p.status).toBe(decisions[i] ? 'approved' : 'rejected');
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
