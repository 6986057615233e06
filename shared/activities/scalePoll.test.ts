import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnswer } from './check';
import { scalePoll, tallyScalePoll, type ScalePollConfig } from './scalePoll';
import { answer, answersArb, asStored, withShuffle } from './testArbitraries';

const config: ScalePollConfig = {
  items: [
    { id: 'q1', label: 'Managers meet customers' },
    { id: 'q2', label: 'Customer metrics' },
  ],
  min: 1,
  max: 5,
};
const scaleAnswers = answersArb(['q1', 'q2'], fc.integer({ min: 1, max: 5 }));

describe('scale poll tally', () => {
  it('counts every stored answer once and keeps means within the scale', () => {
    fc.assert(
      fc.property(scaleAnswers, (raw) => {
        const stored = asStored(raw);
        const result = tallyScalePoll(config, stored);
        const total = result.items.reduce((sum, item) => sum + item.count, 0);
        expect(total).toBe(stored.length);
        for (const item of result.items) {
          expect(item.distribution.reduce((a, b) => a + b, 0)).toBe(item.count);
          if (item.count === 0) {
            expect(item.mean).toBeNull();
          } else {
            expect(item.mean!).toBeGreaterThanOrEqual(1);
            expect(item.mean!).toBeLessThanOrEqual(5);
            expect(item.median!).toBeGreaterThanOrEqual(1);
            expect(item.median!).toBeLessThanOrEqual(5);
            expect(item.spread!).toBeGreaterThanOrEqual(0);
            expect(item.spread!).toBeLessThanOrEqual(2);
          }
        }
        expect(result.respondents).toBe(new Set(stored.map((a) => a.participantId)).size);
      }),
    );
  });

  it('does not depend on the order of the answers', () => {
    fc.assert(
      fc.property(withShuffle(scaleAnswers), ([a, b]) => {
        expect(tallyScalePoll(config, b)).toEqual(tallyScalePoll(config, a));
      }),
    );
  });

  it('counts a replaced answer once, with its latest value', () => {
    fc.assert(
      fc.property(scaleAnswers, fc.integer({ min: 1, max: 5 }), (raw, newValue) => {
        const stored = asStored(raw);
        fc.pre(stored.length > 0);
        const replaced = { ...stored[0]!, value: newValue, at: 1000 };
        const withReplacement = tallyScalePoll(config, [...stored, replaced]);
        const expected = tallyScalePoll(config, [replaced, ...stored.slice(1)]);
        expect(withReplacement).toEqual(expected);
      }),
    );
  });

  it('gives zero counts and no NaN when nobody answered', () => {
    const result = tallyScalePoll(config, []);
    expect(result.respondents).toBe(0);
    expect(result.items[0]).toEqual({
      id: 'q1',
      count: 0,
      mean: null,
      median: null,
      spread: null,
      distribution: [0, 0, 0, 0, 0],
    });
    expect(JSON.stringify(result)).not.toContain('NaN');
    expect(scalePoll.resultSchema.parse(result)).toEqual(result);
  });

  it('computes mean, median, spread and distribution of a small room', () => {
    const result = tallyScalePoll(config, [
      answer('a', 'q1', 1),
      answer('b', 'q1', 3),
      answer('c', 'q1', 5),
      answer('d', 'q1', 5),
    ]);
    const q1 = result.items[0]!;
    expect(q1.mean).toBe(3.5);
    expect(q1.median).toBe(4);
    expect(q1.spread).toBeCloseTo(Math.sqrt(2.75), 10);
    expect(q1.distribution).toEqual([1, 0, 1, 0, 2]);
  });

  it('uses 10 slots for a 1–10 scale and ignores answers for removed questions', () => {
    const result = tallyScalePoll({ ...config, max: 10 }, [answer('a', 'q1', 10), answer('a', 'gone', 3)]);
    expect(result.items[0]!.distribution).toHaveLength(10);
    expect(result.items[0]!.distribution[9]).toBe(1);
    expect(result.respondents).toBe(1);
  });
});

describe('scale poll answers', () => {
  it('refuses values outside the scale with a reason a participant understands', () => {
    expect(checkAnswer(scalePoll, config, [], 'q1', 4)).toEqual({ ok: true, value: 4 });
    expect(checkAnswer(scalePoll, config, [], 'q1', 6)).toMatchObject({
      ok: false,
      reason: 'Pick a number from 1 to 5.',
    });
    expect(checkAnswer(scalePoll, config, [], 'q1', 2.5).ok).toBe(false);
    expect(checkAnswer(scalePoll, config, [], 'q1', '3').ok).toBe(false);
    expect(checkAnswer(scalePoll, config, [], 'q9', 3).ok).toBe(false);
  });

  it('rejects a config with duplicate question ids', () => {
    const dup = { ...config, items: [config.items[0], config.items[0]] };
    expect(scalePoll.configSchema.safeParse(dup).success).toBe(false);
    expect(scalePoll.configSchema.safeParse(config).success).toBe(true);
  });
});

describe('scale poll: the previous result of a question', () => {
  const previous = { mean: 2.8, count: 14, date: '2026-03-12', workshopName: 'Spring workshop' };
  const withPrevious: ScalePollConfig = {
    ...config,
    items: [{ ...config.items[0]!, previous }, config.items[1]!],
  };

  it('is optional: a config without it stays valid, one with it keeps it through parsing', () => {
    expect(scalePoll.configSchema.parse(config)).toEqual(config);
    expect(scalePoll.configSchema.parse(withPrevious).items[0]!.previous).toEqual(previous);
  });

  it('is refused when its average lies off the scale or its fields are not what they say', () => {
    const bad = (p: unknown) =>
      scalePoll.configSchema.safeParse({ ...config, items: [{ ...config.items[0]!, previous: p }] });
    const offScale = bad({ ...previous, mean: 5.5 });
    expect(offScale.success).toBe(false);
    expect(offScale.error?.issues[0]?.path).toEqual(['items', 0, 'previous', 'mean']);
    expect(offScale.error?.issues[0]?.message).toBe('The earlier average must lie on the scale, 1 to 5.');
    expect(bad({ ...previous, mean: 0.5 }).success).toBe(false);
    expect(bad({ ...previous, mean: Number.NaN }).success).toBe(false);
    expect(bad({ ...previous, count: 0 }).success).toBe(false);
    expect(bad({ ...previous, date: '12 March' }).success).toBe(false);
    expect(bad({ ...previous, workshopName: '' }).success).toBe(false);
    expect(bad({ ...previous, date: '' }).success).toBe(true);
    // On a 1–10 scale an earlier 7.5 is on the scale.
    expect(
      scalePoll.configSchema.safeParse({
        ...config,
        max: 10,
        items: [{ ...config.items[0]!, previous: { ...previous, mean: 7.5 } }],
      }).success,
    ).toBe(true);
  });

  it('is never counted: the tally is the same with or without it', () => {
    fc.assert(
      fc.property(scaleAnswers, (raw) => {
        const stored = asStored(raw);
        expect(tallyScalePoll(withPrevious, stored)).toEqual(tallyScalePoll(config, stored));
      }),
    );
  });
});
