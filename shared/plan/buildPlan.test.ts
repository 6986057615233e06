import fc from 'fast-check';
import { leads } from '../../test/fixtures/planSections';
import { describe, expect, it } from 'vitest';
import { planWorkshop } from '../../test/fixtures/planWorkshop';
import { workshopArbitrary } from '../../test/fixtures/workshopArbitrary';
import { bandOf, BANDS } from '../continuum';
import { newActionPlan } from '../exercises/action-plan/schema';
import { pushPullBoard } from '../exercises/push-pull/board';
import type { ActivityResult } from '../workshop/results';
import { findExercise, type Workshop } from '../workshop/schema';
import { buildPlan } from './buildPlan';
import { centricityScoresOf } from '../exercises/centricity-check/plan';
import { compareInitiatives, MOVE_RIGHT_PROMPT } from './initiatives';
import { findResult } from './results';
import type { ActionPlan, PlanInitiative } from './types';

const A4 = { paper: 'A4' as const };

function allInitiatives(plan: ActionPlan): PlanInitiative[] {
  return [...plan.groups.flatMap((g) => g.initiatives), ...plan.unplaced];
}

/** Every number anywhere in the plan. */
function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => numbersIn(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => numbersIn(v, out));
  return out;
}

const stat = fc.option(fc.oneof(fc.double({ min: -50, max: 150 }), fc.constant(Number.NaN)), { nil: null });

/** A run workshop: random placements (some odd, some for unknown ids) and dot votes, or garbage tallies. */
const runWorkshop: fc.Arbitrary<Workshop> = workshopArbitrary.chain((generated) => {
  // Initiative ids are unique in real workshops (newId); generated ones may repeat.
  const w = {
    ...generated,
    initiatives: generated.initiatives.map((i, k) => ({ ...i, id: `${i.id}-${k}` })),
  };
  const exercise = findExercise(w, 'action-plan') ?? { ...newActionPlan(), id: 'plan-ex' };
  const ids = [...w.initiatives.map((i) => i.id), 'unknown-id'];
  const placement = fc.record({
    id: fc.constantFrom(...ids),
    count: fc.nat(40),
    mean: stat,
    median: stat,
    p25: stat,
    p75: stat,
    spread: stat,
    band: fc.constantFrom(null, ...BANDS),
  });
  const placementTally = fc.oneof(
    fc.record({ items: fc.array(placement, { maxLength: 20 }) }),
    fc.constant({ items: 'not a list' }),
  );
  const dotTally = fc.record({
    ranking: fc.array(fc.record({ id: fc.constantFrom(...ids), dots: fc.nat(50), voters: fc.nat(50) }), {
      maxLength: 20,
    }),
    participants: fc.nat(200),
    dotsUsed: fc.nat(500),
  });
  const result = (suffix: string, kind: string, tally: unknown, participants: number): ActivityResult => ({
    activityId: `${exercise.id}:${suffix}`,
    kind,
    closedAt: 1,
    participants,
    answered: participants,
    tally,
  });
  return fc
    .tuple(placementTally, dotTally, fc.nat(300), fc.boolean())
    .map(([placed, dots, participants, withPlan]) => ({
      ...w,
      agenda: withPlan && !w.agenda.includes(exercise) ? [...w.agenda, exercise] : w.agenda,
      results: {
        [`${exercise.id}:placement`]: result('placement', 'continuum-placement', placed, participants),
        [`${exercise.id}:dots`]: result('dots', 'dot-voting', dots, participants),
      },
    }));
});

describe('buildPlan properties', () => {
  it('lists every initiative exactly once, in the band of its position, sorted by priority then title, with no NaN', () => {
    fc.assert(
      fc.property(runWorkshop, fc.constantFrom('A4' as const, 'Letter' as const), (workshop, paper) => {
        const plan = buildPlan(workshop, { paper });
        const listed = allInitiatives(plan).map((i) => i.id);
        expect([...listed].sort()).toEqual(workshop.initiatives.map((i) => i.id).sort());

        expect(plan.groups.map((g) => g.band)).toEqual([...BANDS]);
        for (const group of plan.groups) {
          for (const i of group.initiatives) {
            expect(i.position).not.toBeNull();
            expect(bandOf(i.position!)).toBe(group.band);
            expect(i.position!).toBeGreaterThanOrEqual(0);
            expect(i.position!).toBeLessThanOrEqual(100);
          }
        }
        for (const i of plan.unplaced) expect(i.position).toBeNull();

        for (const list of [...plan.groups.map((g) => g.initiatives), plan.unplaced]) {
          for (let k = 1; k < list.length; k++) {
            expect(list[k - 1]!.priority).toBeGreaterThanOrEqual(list[k]!.priority);
            expect(compareInitiatives(list[k - 1]!, list[k]!)).toBeLessThanOrEqual(0);
          }
        }

        expect(plan.continuum.markers).toHaveLength(listed.length - plan.unplaced.length);
        expect(plan.continuum.unplacedCount).toBe(plan.unplaced.length);
        for (const n of numbersIn(plan)) expect(Number.isFinite(n)).toBe(true);
        expect(plan.paper).toBe(paper);
      }),
      { numRuns: 150 },
    );
  });

  it('an agreed position always wins over the room’s votes', () => {
    fc.assert(
      fc.property(runWorkshop, (workshop) => {
        const plan = buildPlan(workshop, A4);
        const byId = new Map(allInitiatives(plan).map((i) => [i.id, i]));
        for (const initiative of workshop.initiatives) {
          if (initiative.position === null) continue;
          expect(byId.get(initiative.id)!.position).toBe(initiative.position);
          expect(byId.get(initiative.id)!.positionSource).toBe('agreed');
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe('buildPlan on a run workshop', () => {
  const workshop = planWorkshop();
  const plan = buildPlan(workshop, A4);
  const planS = leads(plan);
  const byId = new Map(allInitiatives(plan).map((i) => [i.id, i]));

  it('fills the title page', () => {
    expect(plan.title).toMatchObject({
      workshopName: 'Northwind — customer day',
      organisation: 'Northwind Telecom',
      dateLabel: '2 November 2026',
      facilitator: 'Ana Ferreira',
      participants: 24,
      initiativeCount: 10,
      language: 'en',
    });
  });

  it('counts the room without the practice room’s simulated participants', () => {
    const rehearsed = structuredClone(workshop);
    for (const result of Object.values(rehearsed.results)) result.practice = 6;
    expect(buildPlan(rehearsed, A4).title.participants).toBe(18);
  });

  it('places initiatives: agreed position, else the room’s median with its spread, else unplaced', () => {
    const agreed = byId.get('init0')!;
    expect(agreed.positionSource).toBe('agreed');
    expect(agreed.position).toBe(workshop.initiatives[0]!.position);

    const voted = byId.get('init1')!;
    const placement = Object.values(workshop.results).find((r) => r.kind === 'continuum-placement')!;
    const item = (
      placement.tally as { items: Array<{ id: string; median: number; p25: number; p75: number }> }
    ).items.find((i) => i.id === 'init1')!;
    expect(voted.positionSource).toBe('votes');
    expect(voted.position).toBe(item.median);
    expect(voted.spread).toMatchObject({ p25: item.p25, p75: item.p75, count: 24 });

    expect(byId.get('init2')!.position).toBeNull();
    expect(plan.unplaced.map((i) => i.id)).toContain('init2');
  });

  it('takes priority from dot votes unless the facilitator set one', () => {
    const dots = Object.values(workshop.results).find((r) => r.kind === 'dot-voting')!;
    const ranking = (dots.tally as { ranking: Array<{ id: string; dots: number }> }).ranking;
    for (const { id, dots: n } of ranking) expect(byId.get(id)!.priority).toBe(n);

    const edited = structuredClone(workshop);
    edited.initiatives[4]!.priority = 99;
    const top = buildPlan(edited, A4);
    expect(allInitiatives(top).find((i) => i.id === 'init4')!.priority).toBe(99);
  });

  it('nudges only symbolic initiatives to the right', () => {
    for (const group of plan.groups) {
      for (const i of group.initiatives)
        expect(i.moveRight).toBe(group.band === 'symbolic' ? MOVE_RIGHT_PROMPT : null);
    }
  });

  it('reports the centricity check per question and names the departments', () => {
    expect(planS.centricity.status).toBe('ready');
    if (planS.centricity.status !== 'ready') return;
    expect(planS.centricity.questions).toHaveLength(4);
    for (const q of planS.centricity.questions) {
      expect(q.count).toBe(24);
      expect(q.distribution.reduce((a, b) => a + b, 0)).toBe(24);
      expect(q.mean).toBeGreaterThanOrEqual(1);
      expect(q.mean).toBeLessThanOrEqual(5);
      expect(q.trend).toEqual([]);
    }
    expect(planS.centricity.departments!.map((d) => d.name).sort()).toEqual(
      findExercise(workshop, 'centricity-check')!.departments.slice().sort(),
    );
  });

  it('shows a trend against earlier workshops of the organisation', () => {
    const earlier = planWorkshop({ seed: 99 });
    earlier.id = 'earlier';
    earlier.date = '2026-03-10';
    const history = [centricityScoresOf(earlier)!];
    const withTrend = buildPlan(workshop, { paper: 'A4', history });
    const withTrendS = leads(withTrend);
    if (withTrendS.centricity.status !== 'ready') throw new Error('centricity not ready');
    const q = withTrendS.centricity.questions[0]!;
    expect(q.trend.map((t) => t.label)).toEqual(['10 March 2026', '2 November 2026']);
    expect(q.change).toBeCloseTo(q.mean! - history[0]!.questions[0]!.mean!);
    expect(withTrendS.centricity.comparedWith).toEqual(['10 March 2026']);

    // A later workshop is not history of this one.
    const later = { ...history[0]!, workshopId: 'later', date: '2027-05-01' };
    const noTrend = buildPlan(workshop, { paper: 'A4', history: [later] });
    const noTrendS = leads(noTrend);
    if (noTrendS.centricity.status !== 'ready') throw new Error('centricity not ready');
    expect(noTrendS.centricity.questions[0]!.trend).toEqual([]);
    expect(noTrendS.centricity.comparedWith).toEqual([]);
    expect(noTrendS.centricity.questions[0]!.change).toBeNull();
  });

  it('lists push/pull decisions with the vote split and the simplification decisions', () => {
    if (planS.pushPull.status !== 'ready' || planS.simplification.status !== 'ready')
      throw new Error('not ready');
    const card = planS.pushPull.cards.find((c) => c.id === 'card2')!;
    expect(card).toMatchObject({ decision: 'pull', final: true });
    expect(card.votes!.push + card.votes!.pull + card.votes!.unsure).toBe(24);
    // Not placed by the facilitator: where the votes put it on the board.
    const exercise = findExercise(workshop, 'push-pull')!;
    const onBoard = pushPullBoard(exercise, findResult(workshop, exercise.id, 'card-classification')!.tally);
    expect(planS.pushPull.cards.find((c) => c.id === 'card1')).toMatchObject({
      decision: onBoard.cards.find((c) => c.card.id === 'card1')!.byVote,
      final: false,
    });

    const retire = planS.simplification.offerings.find((o) => o.id === 'off0')!;
    expect(retire).toMatchObject({ decision: 'retire', note: 'Migrate customers to 500 at the same price.' });
    expect(retire.value).toBeGreaterThanOrEqual(1);
    expect(retire.suggested).not.toBeNull();
  });

  it('says "not run yet" for exercises on the agenda without usable results, and leaves out the ones not on it', () => {
    const broken = structuredClone(workshop);
    for (const r of Object.values(broken.results)) r.tally = { garbage: true };
    findExercise(broken, 'push-pull')!.placements = {};
    findExercise(broken, 'simplify')!.decisions = {};
    findExercise(broken, 'definition')!.definition = { means: '', notMeans: '' };
    const plan = buildPlan(broken, A4);
    const planS = leads(plan);
    expect(planS.centricity.status).toBe('not-run');
    expect(planS.pushPull.status).toBe('not-run');
    expect(planS.simplification.status).toBe('not-run');
    expect(planS.definition.status).toBe('not-run');
    // Garbage placements: only agreed positions are placed.
    expect(
      allInitiatives(plan)
        .filter((i) => i.position !== null)
        .map((i) => i.positionSource),
    ).toEqual(expect.arrayContaining(['agreed']));
    expect(allInitiatives(plan).every((i) => i.positionSource !== 'votes')).toBe(true);

    const bare = structuredClone(workshop);
    bare.agenda = bare.agenda.filter((e) => e.type === 'action-plan');
    const barePlan = buildPlan(bare, A4);
    const barePlanS = leads(barePlan);
    expect(barePlanS.centricity.status).toBe('absent');
    expect(barePlanS.definition.status).toBe('absent');
    expect(barePlanS.pushPull.status).toBe('absent');
    expect(barePlanS.simplification.status).toBe('absent');
  });

  it('uses the room’s top statements as a draft definition until the team writes its own', () => {
    const draft = structuredClone(workshop);
    const exercise = findExercise(draft, 'definition')!;
    exercise.definition = { means: '', notMeans: '' };
    draft.results[`${exercise.id}:statements`] = {
      activityId: `${exercise.id}:statements`,
      kind: 'open-text',
      closedAt: 1,
      participants: 9,
      answered: 9,
      tally: {
        lists: [
          {
            id: 'means',
            statements: ['Learn first hand', 'Act on it', 'Everyone', 'Fourth'].map((text, k) => ({
              id: `s${k}`,
              text,
              upvotes: 9 - k,
            })),
          },
          { id: 'not-means', statements: [{ id: 'n1', text: 'Yes to everything', upvotes: 4 }] },
        ],
        statements: 5,
        writers: 5,
      },
    };
    const plan = buildPlan(draft, A4);
    const planS = leads(plan);
    expect(planS.definition).toMatchObject({
      status: 'ready',
      draft: true,
      means: 'Learn first hand\nAct on it\nEveryone',
      notMeans: 'Yes to everything',
    });
    expect(leads(buildPlan(workshop, A4)).definition).toMatchObject({ status: 'ready', draft: false });
  });

  it('has no participant count when nothing was run live', () => {
    const fresh = structuredClone(workshop);
    fresh.results = {};
    expect(buildPlan(fresh, A4).title.participants).toBeNull();
  });
});
