import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnswer } from './check';
import type { StoredAnswer } from './kind';
import {
  openText,
  statementItem,
  tallyOpenText,
  upvoteItem,
  type OpenTextConfig,
  type OpenTextValue,
} from './openText';
import { answer, participantIds, withShuffle } from './testArbitraries';

const config: OpenTextConfig = {
  lists: [
    { id: 'means', label: 'It means…' },
    { id: 'not-means', label: 'It does not mean…' },
  ],
  maxLength: 140,
  maxPerParticipant: 3,
};
const statementIds = ['s1', 's2', 's3', 's4'];

const activity: fc.Arbitrary<StoredAnswer<OpenTextValue>[]> = fc.array(
  fc.oneof(
    fc.record({
      participantId: fc.constantFrom(...participantIds),
      itemId: fc.constantFrom(...statementIds.map(statementItem)),
      value: fc.option(
        fc.record({ list: fc.constantFrom('means', 'not-means'), text: fc.string({ minLength: 1 }) }),
      ),
      at: fc.integer({ min: 0, max: 20 }),
    }),
    fc.record({
      participantId: fc.constantFrom(...participantIds),
      itemId: fc.constantFrom(...statementIds.map(upvoteItem)),
      value: fc.boolean(),
      at: fc.integer({ min: 0, max: 20 }),
    }),
  ),
  { maxLength: 50 },
);

describe('open text tally', () => {
  it('never counts more upvotes than other participants and never exposes authors', () => {
    fc.assert(
      fc.property(activity, (answers) => {
        const result = tallyOpenText(config, answers);
        const all = result.lists.flatMap((l) => l.statements);
        expect(all).toHaveLength(result.statements);
        expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
        for (const s of all) {
          expect(s.upvotes).toBeLessThanOrEqual(participantIds.length - 1);
          expect(Object.keys(s).sort()).toEqual(['id', 'text', 'upvotes']);
        }
        for (const list of result.lists) {
          for (let i = 1; i < list.statements.length; i++) {
            expect(list.statements[i - 1]!.upvotes).toBeGreaterThanOrEqual(list.statements[i]!.upvotes);
          }
        }
        // A statement's own text may read "p0"; an author's id must appear nowhere else.
        const withoutTexts = JSON.stringify(result, (key, value: unknown) => (key === 'text' ? '' : value));
        expect(withoutTexts).not.toMatch(/"p\d"/);
      }),
    );
  });

  it('does not depend on the order of answers', () => {
    fc.assert(
      fc.property(withShuffle(activity), ([a, b]) => {
        expect(tallyOpenText(config, b)).toEqual(tallyOpenText(config, a));
      }),
    );
  });

  it('ranks by upvotes, drops withdrawn statements and upvotes taken back', () => {
    const result = tallyOpenText(config, [
      answer('ann', statementItem('a'), { list: 'means', text: 'Everyone learns from customers' }, 1),
      answer('bob', statementItem('b'), { list: 'means', text: 'We act on what we learn' }, 2),
      answer('bob', statementItem('c'), { list: 'not-means', text: 'Doing whatever a customer asks' }, 3),
      answer('cat', statementItem('d'), { list: 'means', text: 'Gone' }, 4),
      answer('cat', statementItem('d'), null, 5),
      answer('ann', upvoteItem('b'), true, 6),
      answer('cat', upvoteItem('b'), true, 7),
      answer('cat', upvoteItem('a'), true, 8),
      answer('cat', upvoteItem('a'), false, 9),
      answer('bob', upvoteItem('b'), true, 10), // own statement: not counted
      answer('ann', upvoteItem('zzz'), true, 11), // no such statement
    ]);
    expect(result).toEqual({
      lists: [
        {
          id: 'means',
          statements: [
            { id: 'b', text: 'We act on what we learn', upvotes: 2 },
            { id: 'a', text: 'Everyone learns from customers', upvotes: 0 },
          ],
        },
        { id: 'not-means', statements: [{ id: 'c', text: 'Doing whatever a customer asks', upvotes: 0 }] },
      ],
      statements: 3,
      writers: 2,
    });
    expect(openText.resultSchema.parse(result)).toEqual(result);
  });

  it('gives the statement id to its first author when two phones send the same id', () => {
    const result = tallyOpenText(config, [
      answer('late', statementItem('x'), { list: 'means', text: 'Second' }, 5),
      answer('early', statementItem('x'), { list: 'means', text: 'First' }, 1),
      answer('late', upvoteItem('x'), true, 6),
    ]);
    expect(result.lists[0]!.statements).toEqual([{ id: 'x', text: 'First', upvotes: 1 }]);
  });

  it('has empty lists before anyone writes', () => {
    expect(tallyOpenText(config, [])).toEqual({
      lists: [
        { id: 'means', statements: [] },
        { id: 'not-means', statements: [] },
      ],
      statements: 0,
      writers: 0,
    });
  });
});

describe('open text answers', () => {
  const mine = [
    answer('me', statementItem('m1'), { list: 'means', text: 'One' }),
    answer('me', statementItem('m2'), { list: 'means', text: 'Two' }),
    answer('me', statementItem('m3'), null),
    answer('me', upvoteItem('o1'), true),
  ];

  it('checks every statement with one schema per config (a statement is an item of its own)', () => {
    const schema = openText.valueSchema(config, statementItem('a'));
    expect(openText.valueSchema(config, statementItem('b'))).toBe(schema);
    expect(openText.valueSchema({ ...config, maxLength: 20 }, statementItem('a'))).not.toBe(schema);
    expect(openText.valueSchema(config, upvoteItem('a'))).toBe(openText.valueSchema(config, upvoteItem('b')));
  });

  it('tidies the text and keeps it within the length', () => {
    expect(
      checkAnswer(openText, config, [], statementItem('n'), { list: 'means', text: '  Listen \n  first ' }),
    ).toEqual({
      ok: true,
      value: { list: 'means', text: 'Listen first' },
    });
    expect(
      checkAnswer(openText, config, [], statementItem('n'), { list: 'means', text: '   ' }),
    ).toMatchObject({
      ok: false,
      reason: 'Write something first.',
    });
    expect(
      checkAnswer(openText, config, [], statementItem('n'), { list: 'means', text: 'x'.repeat(141) }),
    ).toMatchObject({
      ok: false,
      reason: 'Keep it to 140 characters.',
    });
    expect(checkAnswer(openText, config, [], statementItem('n'), { list: 'other', text: 'Hi' }).ok).toBe(
      false,
    );
    expect(checkAnswer(openText, config, [], statementItem('n'), null)).toEqual({ ok: true, value: null });
  });

  it('cleans control characters and refuses text with nothing visible', () => {
    const write = (text: string) =>
      checkAnswer(openText, config, [], statementItem('n'), { list: 'means', text });
    expect(write('Listen\u0000 to\u0007 customers\u001b')).toEqual({
      ok: true,
      value: { list: 'means', text: 'Listen to customers' },
    });
    expect(write('\u202E\u200D'.repeat(70))).toMatchObject({
      ok: false,
      reason: 'Write something first.',
    });
    expect(write('\u200B'.repeat(140))).toMatchObject({
      ok: false,
      reason: 'Write something first.',
    });
  });

  it('limits standing statements per participant; withdrawn ones and edits do not count', () => {
    const third = { list: 'not-means', text: 'Three' };
    expect(checkAnswer(openText, config, mine, statementItem('m4'), third).ok).toBe(true);
    const full = [...mine, answer('me', statementItem('m4'), third)];
    expect(checkAnswer(openText, config, full, statementItem('m5'), third)).toMatchObject({
      ok: false,
      reason: 'You already have 3 statements, the most for this activity. Withdraw one to write another.',
      rejection: 'statement-limit',
      limit: 3,
    });
    expect(
      checkAnswer(openText, config, full, statementItem('m1'), { list: 'means', text: 'Edited' }).ok,
    ).toBe(true);
    expect(checkAnswer(openText, config, full, statementItem('m5'), null).ok).toBe(true);
  });

  it('refuses an upvote on your own statement but allows taking one back', () => {
    expect(checkAnswer(openText, config, mine, upvoteItem('m1'), true)).toMatchObject({
      ok: false,
      reason: 'That is your own statement: upvote someone else’s.',
      rejection: 'own-upvote',
    });
    expect(checkAnswer(openText, config, mine, upvoteItem('m1'), false).ok).toBe(true);
    expect(checkAnswer(openText, config, mine, upvoteItem('m3'), true).ok).toBe(true); // withdrawn, not yours any more
    expect(checkAnswer(openText, config, mine, upvoteItem('o2'), true)).toEqual({ ok: true, value: true });
    expect(checkAnswer(openText, config, mine, upvoteItem('o2'), 'yes').ok).toBe(false);
  });

  it('accepts only well-formed statement and upvote items', () => {
    expect(checkAnswer(openText, config, [], 'x:abc', true).ok).toBe(false);
    expect(checkAnswer(openText, config, [], 's:', null).ok).toBe(false);
    expect(checkAnswer(openText, config, [], `s:${'a'.repeat(65)}`, null).ok).toBe(false);
    expect(checkAnswer(openText, config, [], 's:has space', null).ok).toBe(false);
  });
});

describe('open text in its own words', () => {
  const cards: OpenTextConfig = {
    lists: [{ id: 'cards', label: 'Cards proposed for the sort' }],
    maxLength: 160,
    maxPerParticipant: 2,
    wording: { one: 'card', many: 'cards', written: 'proposed', placeholder: 'Name a card…' },
  };
  const proposed = [
    answer('me', statementItem('m1'), { list: 'cards', text: 'Chatbot' }),
    answer('me', statementItem('m2'), { list: 'cards', text: 'Fax line' }),
  ];

  it('keeps configs without wording valid, and refuses an empty word', () => {
    expect(openText.configSchema.safeParse(config).success).toBe(true);
    expect(openText.configSchema.safeParse(cards).success).toBe(true);
    expect(
      openText.configSchema.safeParse({ ...cards, wording: { ...cards.wording, many: '' } }).success,
    ).toBe(false);
  });

  it('tells a participant at the limit in the activity’s words', () => {
    expect(
      checkAnswer(openText, cards, proposed, statementItem('m3'), { list: 'cards', text: 'More' }),
    ).toMatchObject({
      ok: false,
      reason: 'You already have 2 cards, the most for this activity. Withdraw one to write another.',
    });
    expect(checkAnswer(openText, cards, proposed, upvoteItem('m1'), true)).toMatchObject({
      ok: false,
      reason: 'That is your own card: upvote someone else’s.',
    });
  });

  it('says one statement, not one statements, when one is the limit', () => {
    const one = { ...config, maxPerParticipant: 1 };
    const mine = [answer('me', statementItem('m1'), { list: 'means', text: 'Listen' })];
    expect(
      checkAnswer(openText, one, mine, statementItem('m2'), { list: 'means', text: 'More' }),
    ).toMatchObject({
      ok: false,
      reason: 'You already have 1 statement, the most for this activity. Withdraw one to write another.',
    });
  });
});
