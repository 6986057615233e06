import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnswer } from './check';
import { answer, answersArb, asStored, withShuffle } from './testArbitraries';
import { quadrantOf, tallyTwoAxisRating, twoAxisRating, type TwoAxisRatingConfig } from './twoAxisRating';

const config: TwoAxisRatingConfig = {
  items: [
    { id: 'basic', label: 'Basic plan' },
    { id: 'premium', label: 'Premium bundle' },
  ],
  axes: {
    x: { label: 'Value to the customer', min: 1, max: 5 },
    y: { label: 'Burden on the customer', min: 1, max: 5 },
  },
  basicsQuestion: true,
};
const rating = fc.record(
  {
    x: fc.integer({ min: 1, max: 5 }),
    y: fc.integer({ min: 1, max: 5 }),
    basics: fc.constantFrom('yes' as const, 'no' as const, 'unsure' as const),
  },
  { requiredKeys: ['x', 'y'] },
);
const ratings = answersArb(['basic', 'premium'], rating);

describe('quadrantOf', () => {
  it('maps value × burden to keep, simplify, retire, question', () => {
    expect(quadrantOf(4.5, 1.5)).toBe('keep');
    expect(quadrantOf(4.5, 4)).toBe('simplify');
    expect(quadrantOf(2, 4)).toBe('retire');
    expect(quadrantOf(2, 2)).toBe('question');
  });

  it('counts the midpoint itself as low', () => {
    expect(quadrantOf(3, 3)).toBe('question');
    expect(quadrantOf(3.01, 3)).toBe('keep');
    expect(quadrantOf(3, 3.01)).toBe('retire');
  });
});

describe('two-axis rating tally', () => {
  it('keeps means on the axes and counts basics answers at most once per rating', () => {
    fc.assert(
      fc.property(ratings, (raw) => {
        const stored = asStored(raw);
        const result = tallyTwoAxisRating(config, stored);
        expect(result.items.reduce((sum, i) => sum + i.count, 0)).toBe(stored.length);
        for (const item of result.items) {
          const basics = item.basics.yes + item.basics.no + item.basics.unsure;
          expect(basics).toBeLessThanOrEqual(item.count);
          expect(item.failsBasics).toBe(item.basics.no > item.basics.yes);
          if (item.count === 0) {
            expect(item.quadrant).toBeNull();
            continue;
          }
          for (const m of [item.meanX!, item.meanY!]) {
            expect(m).toBeGreaterThanOrEqual(1);
            expect(m).toBeLessThanOrEqual(5);
          }
          expect(item.quadrant).toBe(quadrantOf(item.meanX!, item.meanY!));
        }
      }),
    );
  });

  it('does not depend on the order of answers', () => {
    fc.assert(
      fc.property(withShuffle(ratings), ([a, b]) => {
        expect(tallyTwoAxisRating(config, b)).toEqual(tallyTwoAxisRating(config, a));
      }),
    );
  });

  it('summarises a small room', () => {
    const result = tallyTwoAxisRating(config, [
      answer('a', 'premium', { x: 4, y: 5, basics: 'no' }),
      answer('b', 'premium', { x: 5, y: 4, basics: 'no' }),
      answer('c', 'premium', { x: 3, y: 3, basics: 'yes' }),
      answer('a', 'basic', { x: 5, y: 1 }),
    ]);
    expect(result.items[1]).toMatchObject({
      id: 'premium',
      count: 3,
      meanX: 4,
      meanY: 4,
      basics: { yes: 1, no: 2, unsure: 0 },
      quadrant: 'simplify',
      failsBasics: true,
    });
    expect(result.items[0]).toMatchObject({ quadrant: 'keep', failsBasics: false, spreadX: 0 });
  });

  it('has no quadrant, no NaN and no basics failure without answers', () => {
    const result = tallyTwoAxisRating(config, []);
    expect(result.items[0]).toEqual({
      id: 'basic',
      count: 0,
      meanX: null,
      meanY: null,
      spreadX: null,
      spreadY: null,
      basics: { yes: 0, no: 0, unsure: 0 },
      quadrant: null,
      failsBasics: false,
    });
    expect(twoAxisRating.resultSchema.parse(result)).toEqual(result);
  });

  it('ignores basics answers when the question is off', () => {
    const off = { ...config, basicsQuestion: false };
    expect(checkAnswer(twoAxisRating, off, [], 'basic', { x: 2, y: 3, basics: 'no' })).toEqual({
      ok: true,
      value: { x: 2, y: 3 },
    });
    const result = tallyTwoAxisRating(off, [answer('a', 'basic', { x: 2, y: 3, basics: 'no' as const })]);
    expect(result.items[0]!.failsBasics).toBe(false);
  });

  it('refuses ratings off the axes with the axis name', () => {
    expect(checkAnswer(twoAxisRating, config, [], 'basic', { x: 0, y: 3 })).toMatchObject({
      ok: false,
      reason: 'Rate value to the customer from 1 to 5.',
    });
    expect(checkAnswer(twoAxisRating, config, [], 'basic', { x: 2, y: 3, basics: 'maybe' }).ok).toBe(false);
    expect(checkAnswer(twoAxisRating, config, [], 'basic', { x: 2, y: 3, basics: 'unsure' }).ok).toBe(true);
  });
});
