import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardClassification, type CardClassificationConfig } from './cardClassification';
import type { AnyActivityKind, StoredAnswer } from './kind';
import { openText, statementItem, upvoteItem, type OpenTextConfig } from './openText';
import { OpenTextLive } from './openTextLive';
import { answersArb, participantIds } from './testArbitraries';

/** Applies answers as the hub does (the latest per participant and item wins) and returns what it stores. */
function applyAll(kind: AnyActivityKind, config: unknown, answers: StoredAnswer<unknown>[]) {
  const live = kind.live!(config);
  const stored = new Map<string, StoredAnswer<unknown>>();
  for (const a of answers) {
    const key = `${a.participantId}|${a.itemId}`;
    live.apply(a, stored.get(key));
    stored.set(key, a);
  }
  return { live, stored: [...stored.values()] };
}

const cards: CardClassificationConfig = {
  cards: [
    { id: 'app', title: 'App' },
    { id: 'loyalty', title: 'Loyalty' },
  ],
  categories: [
    { id: 'push', label: 'Push' },
    { id: 'pull', label: 'Pull' },
    { id: 'unsure', label: 'Unsure' },
  ],
  decisive: ['push', 'pull'],
  contestedThreshold: 65,
};

const text: OpenTextConfig = {
  lists: [
    { id: 'means', label: 'It means…' },
    { id: 'not-means', label: 'It does not mean…' },
  ],
  maxLength: 140,
  maxPerParticipant: 3,
};
const statementIds = ['s1', 's2', 's3', 's4', 's5'];
const textAnswers = fc.array(
  fc.oneof(
    fc.record({
      participantId: fc.constantFrom(...participantIds),
      itemId: fc.constantFrom(...statementIds.map(statementItem)),
      value: fc.option(
        fc.record({ list: fc.constantFrom('means', 'not-means', 'gone'), text: fc.string({ minLength: 1 }) }),
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
  { maxLength: 60 },
) as fc.Arbitrary<StoredAnswer<unknown>[]>;

describe('live tallies', () => {
  it('card sort: the live result is the tally of the stored answers, answer after answer', () => {
    fc.assert(
      fc.property(
        answersArb(['app', 'loyalty', 'gone'], fc.constantFrom('push', 'pull', 'unsure', 'x')),
        (answers) => {
          const { live, stored } = applyAll(cardClassification, cards, answers);
          expect(live.result()).toEqual((cardClassification as AnyActivityKind).tally(cards, stored));
        },
      ),
    );
  });

  it('open text: the live result is the tally of the stored answers, answer after answer', () => {
    fc.assert(
      fc.property(textAnswers, (answers) => {
        const { live, stored } = applyAll(openText, text, answers);
        expect(live.result()).toEqual((openText as AnyActivityKind).tally(text, stored));
      }),
    );
  });

  it('open text: the pages hold every standing statement once, in writing order, with the tally’s upvotes', () => {
    fc.assert(
      fc.property(textAnswers, fc.integer({ min: 1, max: 4 }), (answers, size) => {
        const { live } = applyAll(openText, text, answers);
        const pager = live as OpenTextLive;
        const first = pager.page(0, size);
        const paged = Array.from({ length: first.pages }, (_, p) => pager.page(p, size).statements).flat();
        const result = (live as OpenTextLive).result();
        const ranked = result.lists.flatMap((l) => l.statements.map((s) => ({ ...s, list: l.id })));
        expect(paged).toHaveLength(result.statements);
        expect(first.total).toBe(result.statements);
        for (const s of paged) expect(ranked).toContainEqual(s);
      }),
    );
  });
});

describe('open text pages', () => {
  const write = (participantId: string, id: string, at: number, list = 'means') => ({
    participantId,
    itemId: statementItem(id),
    value: { list, text: `${id} by ${participantId}` },
    at,
  });

  it('say which pages changed, keep a withdrawn statement’s place, and clamp a page past the end', () => {
    const live = new OpenTextLive(text);
    for (let i = 0; i < 4; i++) live.apply(write(`p${i}`, `s${i}`, i));
    expect(live.takeChangedPages(2).sort()).toEqual([0, 1]);
    expect(live.takeChangedPages(2)).toEqual([]);
    // A new page: every page changed (each says how many pages there are now).
    live.apply(write('p4', 's4', 4));
    expect(live.takeChangedPages(2).sort()).toEqual([0, 1, 2]);

    live.apply({ participantId: 'p0', itemId: upvoteItem('s3'), value: true, at: 9 });
    expect(live.takeChangedPages(2)).toEqual([1]);
    expect(live.page(1, 2).statements).toEqual([
      { id: 's2', list: 'means', text: 's2 by p2', upvotes: 0 },
      { id: 's3', list: 'means', text: 's3 by p3', upvotes: 1 },
    ]);

    live.apply({ participantId: 'p2', itemId: statementItem('s2'), value: null, at: 10 });
    expect(live.takeChangedPages(2)).toEqual([1]);
    expect(live.page(1, 2).statements.map((s) => s.id)).toEqual(['s3']);
    expect(live.page(2, 2).statements.map((s) => s.id)).toEqual(['s4']);
    expect(live.page(7, 2)).toMatchObject({ page: 2, pages: 3, total: 4 });
    // An upvote of a statement nobody sees yet changes no page.
    live.apply({ participantId: 'p1', itemId: upvoteItem('later'), value: true, at: 11 });
    expect(live.takeChangedPages(2)).toEqual([]);
  });
});
