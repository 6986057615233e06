import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BURDENS } from '../burdens';
import { checkAnswer } from './check';
import { journeyHeatmap, tallyJourneyHeatmap, type JourneyHeatmapConfig } from './journeyHeatmap';
import { answer, answersArb, asStored, withShuffle } from './testArbitraries';

const config: JourneyHeatmapConfig = {
  stages: [
    { id: 'choose', label: 'Choose' },
    { id: 'buy', label: 'Buy' },
    { id: 'help', label: 'Get help' },
  ],
  burdens: [...BURDENS],
  max: 3,
};
const level = fc.integer({ min: 0, max: 3 });
const ratings = answersArb(
  ['choose', 'buy', 'help'],
  fc.record({ time: level, worry: level, effort: level, money: level }),
);

describe('journey heatmap tally', () => {
  it('counts each stage answer once and keeps every mean in 0..3', () => {
    fc.assert(
      fc.property(ratings, (raw) => {
        const stored = asStored(raw);
        const result = tallyJourneyHeatmap(config, stored);
        expect(result.stages.reduce((sum, s) => sum + s.count, 0)).toBe(stored.length);
        for (const stage of result.stages) {
          for (const burden of BURDENS) {
            const cell = stage.burdens[burden]!;
            expect(cell.count).toBe(stage.count);
            if (cell.mean !== null) {
              expect(cell.mean).toBeGreaterThanOrEqual(0);
              expect(cell.mean).toBeLessThanOrEqual(3);
            }
          }
        }
        const rated = result.stages.filter((s) => s.count > 0).length * BURDENS.length;
        expect(result.worst).toHaveLength(rated);
        for (let i = 1; i < result.worst.length; i++) {
          expect(result.worst[i - 1]!.mean).toBeGreaterThanOrEqual(result.worst[i]!.mean);
        }
      }),
    );
  });

  it('does not depend on the order of answers', () => {
    fc.assert(
      fc.property(withShuffle(ratings), ([a, b]) => {
        expect(tallyJourneyHeatmap(config, b)).toEqual(tallyJourneyHeatmap(config, a));
      }),
    );
  });

  it('puts the heaviest cell first, ties in journey order', () => {
    const result = tallyJourneyHeatmap(config, [
      answer('a', 'buy', { time: 1, worry: 3, effort: 2, money: 0 }),
      answer('b', 'buy', { time: 1, worry: 2, effort: 2, money: 0 }),
      answer('a', 'help', { time: 3, worry: 1, effort: 2, money: 0 }),
    ]);
    expect(result.worst.slice(0, 4)).toEqual([
      { stageId: 'help', burden: 'time', mean: 3 },
      { stageId: 'buy', burden: 'worry', mean: 2.5 },
      { stageId: 'buy', burden: 'effort', mean: 2 },
      { stageId: 'help', burden: 'effort', mean: 2 },
    ]);
    expect(result.stages[0]).toEqual({
      id: 'choose',
      count: 0,
      burdens: {
        time: { mean: null, count: 0 },
        worry: { mean: null, count: 0 },
        effort: { mean: null, count: 0 },
        money: { mean: null, count: 0 },
      },
    });
    expect(journeyHeatmap.resultSchema.parse(result)).toEqual(result);
  });

  it('needs a 0–3 rating for every burden', () => {
    const full = { time: 0, worry: 1, effort: 2, money: 3 };
    expect(checkAnswer(journeyHeatmap, config, [], 'buy', full)).toEqual({ ok: true, value: full });
    expect(checkAnswer(journeyHeatmap, config, [], 'buy', { ...full, money: 4 })).toMatchObject({
      ok: false,
      reason: 'Rate each burden from 0 (none) to 3 (a lot).',
    });
    expect(checkAnswer(journeyHeatmap, config, [], 'buy', { time: 1 }).ok).toBe(false);
    const timeOnly = { ...config, burdens: ['time' as const] };
    expect(checkAnswer(journeyHeatmap, timeOnly, [], 'buy', { time: 1 })).toEqual({
      ok: true,
      value: { time: 1 },
    });
  });
});
