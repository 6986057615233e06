import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tallyJourneyHeatmap, type JourneyHeatmapConfig } from '../../activities/journeyHeatmap';
import type { Burden } from '../../burdens';
import { initiativeSchema } from '../../workshop/initiative';
import { findExercise, newWorkshop, workshopSchema } from '../../workshop/schema';
import { initiativeCandidates } from '../../plan/candidates';
import { activitiesOf } from '../activities';
import { HEAT_LEVELS, heaviestCells, heatLevel, hotSpotRanking, journeyGrid } from './cells';
import { addJourneyInitiative, journeyInitiativeOf, MAX_INITIATIVES } from './initiatives';

describe('heatLevel', () => {
  it('goes from the lightest shade at 0 to the darkest at 3, never down as the mean rises', () => {
    expect(heatLevel(0)).toBe(0);
    expect(heatLevel(3)).toBe(HEAT_LEVELS - 1);
    expect(heatLevel(null)).toBeNull();
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(heatLevel(lo)!).toBeLessThanOrEqual(heatLevel(hi)!);
          expect(heatLevel(hi)!).toBeLessThan(HEAT_LEVELS);
        },
      ),
    );
  });
});

function journeyWorkshop() {
  const workshop = newWorkshop('Journey', 0);
  const exercise = findExercise(workshop, 'burden-journey')!;
  const [spec] = activitiesOf(exercise, workshop);
  const config = spec!.config as JourneyHeatmapConfig;
  const help = exercise.stages.find((s) => s.name === 'Get help')!;
  const buy = exercise.stages.find((s) => s.name === 'Buy')!;
  const result = tallyJourneyHeatmap(config, [
    { participantId: 'p1', itemId: help.id, value: { time: 1, worry: 3, effort: 2, money: 0 }, at: 1 },
    { participantId: 'p2', itemId: help.id, value: { time: 2, worry: 2, effort: 2, money: 0 }, at: 2 },
    { participantId: 'p1', itemId: buy.id, value: { time: 0, worry: 1, effort: 0, money: 3 }, at: 3 },
  ]);
  return { workshop, exercise, config, result, help, buy };
}

describe('journeyGrid', () => {
  it('gives one row per stage in journey order with mean, count and shade per burden', () => {
    const { config, result, help, exercise } = journeyWorkshop();
    const rows = journeyGrid(config, result);
    expect(rows.map((r) => r.label)).toEqual(exercise.stages.map((s) => s.name));
    const helpRow = rows.find((r) => r.stageId === help.id)!;
    expect(helpRow.count).toBe(2);
    expect(helpRow.cells.map((c) => [c.burden, c.mean, c.count])).toEqual([
      ['time', 1.5, 2],
      ['worry', 2.5, 2],
      ['effort', 2, 2],
      ['money', 0, 2],
    ]);
    expect(helpRow.cells[1]!.level).toBeGreaterThan(helpRow.cells[0]!.level!);
    const unrated = rows.find((r) => r.label === 'Discover')!;
    expect(unrated.cells.every((c) => c.mean === null && c.count === 0 && c.level === null)).toBe(true);
    expect(
      journeyGrid(config, null)
        .flatMap((r) => r.cells)
        .every((c) => c.level === null),
    ).toBe(true);
  });
});

describe('heaviestCells', () => {
  it('ranks the heaviest rated cells, and none that nobody found a burden', () => {
    const { result, help, buy } = journeyWorkshop();
    // Worry at Get help (2.5 from two) outranks money at Buy (3 from one): fewer ratings weigh less.
    expect([...heaviestCells(result, 3)]).toEqual([
      [`${help.id}:worry`, 1],
      [`${buy.id}:money`, 2],
      [`${help.id}:effort`, 3],
    ]);
    expect(heaviestCells(result, 20).size).toBe(5);
    expect(heaviestCells(null).size).toBe(0);
  });
});

describe('addJourneyInitiative', () => {
  it('makes an initiative that carries the stage and the burden, once per cell', () => {
    const { workshop, exercise, help } = journeyWorkshop();
    const added = addJourneyInitiative(workshop, exercise, help.id, 'worry', { mean: 2.5, count: 2 }, 'i1');
    if (added.status !== 'added') throw new Error(added.status);
    expect(added.initiative).toMatchObject({
      title: 'Cut the worry at “Get help”',
      description: 'The room rated the worry customers face at “Get help” 2.5 of 3 (2 ratings).',
      burdens: ['worry'],
      source: { type: 'journey', exerciseId: exercise.id, stageId: help.id, burden: 'worry' },
    });
    expect(initiativeSchema.safeParse(added.initiative).success).toBe(true);
    expect(workshopSchema.safeParse(added.workshop).success).toBe(true);
    expect(journeyInitiativeOf(added.workshop, exercise.id, help.id, 'worry')?.id).toBe('i1');
    expect(addJourneyInitiative(added.workshop, exercise, help.id, 'worry')).toMatchObject({
      status: 'exists',
    });
    // Another burden of the same stage is another initiative.
    expect(addJourneyInitiative(added.workshop, exercise, help.id, 'time').status).toBe('added');
  });

  it('is no longer offered by the plan as a candidate once added', () => {
    const { workshop, exercise, help, result } = journeyWorkshop();
    workshop.results[`${exercise.id}:heatmap`] = {
      activityId: `${exercise.id}:heatmap`,
      kind: 'journey-heatmap',
      closedAt: 1,
      participants: 2,
      answered: 2,
      tally: result,
    };
    const before = initiativeCandidates(workshop).filter((c) => c.origin === 'burden-journey');
    expect(
      before.some(
        (c) => c.source.type === 'journey' && c.source.stageId === help.id && c.source.burden === 'worry',
      ),
    ).toBe(true);
    const added = addJourneyInitiative(workshop, exercise, help.id, 'worry');
    if (added.status !== 'added') throw new Error(added.status);
    const after = initiativeCandidates(added.workshop).filter((c) => c.origin === 'burden-journey');
    expect(after).toHaveLength(before.length - 1);
  });

  it('refuses a stage that is not in the journey and a full plan', () => {
    const { workshop, exercise, help } = journeyWorkshop();
    expect(addJourneyInitiative(workshop, exercise, 'nope', 'time').status).toBe('unknown-stage');
    const full = addJourneyInitiative(workshop, exercise, help.id, 'time');
    if (full.status !== 'added') throw new Error(full.status);
    const crowded = {
      ...workshop,
      initiatives: Array.from({ length: MAX_INITIATIVES }, () => full.initiative),
    };
    expect(addJourneyInitiative(crowded, exercise, help.id, 'money').status).toBe('full');
  });
});

describe('hotSpotRanking', () => {
  const config = {
    stages: [
      { id: 'buy', label: 'Buy' },
      { id: 'help', label: 'Get help' },
    ],
    burdens: ['time', 'worry'] as Burden[],
    max: 3 as const,
  };
  const rate = (participantId: string, itemId: string, time: number, worry: number) => ({
    participantId,
    itemId,
    value: { time, worry },
    at: 0,
  });

  it('does not let one rater top the list over a cell many rated heavily', () => {
    const answers = [
      // One person rates the worry at Get help 3; ten people rate the time at Buy mostly 3.
      rate('lone', 'help', 0, 3),
      ...Array.from({ length: 10 }, (_, i) => rate(`p${i}`, 'buy', i < 8 ? 3 : 2, 0)),
    ];
    const result = tallyJourneyHeatmap(config, answers);
    expect(result.worst[0]).toMatchObject({ stageId: 'help', burden: 'worry', mean: 3 });
    const ranked = hotSpotRanking(result);
    expect(ranked[0]).toMatchObject({ stageId: 'buy', burden: 'time', mean: 2.8, count: 10 });
    expect(ranked.find((c) => c.stageId === 'help' && c.burden === 'worry')).toMatchObject({
      mean: 3,
      count: 1,
    });
    expect([...heaviestCells(result, 1).keys()]).toEqual(['buy:time']);
    for (let i = 1; i < ranked.length; i++)
      expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
  });

  it('ranks nothing without ratings', () => {
    expect(hotSpotRanking(null)).toEqual([]);
    expect(hotSpotRanking(tallyJourneyHeatmap(config, []))).toEqual([]);
  });
});
