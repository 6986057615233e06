import { describe, expect, it } from 'vitest';
import type { RatingResult, TwoAxisRatingResult } from '../../activities/twoAxisRating';
import { initiativeCandidates } from '../../plan/candidates';
import { newWorkshop, workshopSchema, type Workshop } from '../../workshop/schema';
import { newSimplify, type Simplify } from './schema';
import { addDecisionInitiative, decideOffering, simplifyBoard } from './board';

function rating(
  id: string,
  meanX: number,
  meanY: number,
  basics = { yes: 5, no: 1, unsure: 0 },
): RatingResult {
  return {
    id,
    count: 6,
    meanX,
    meanY,
    spreadX: 0.5,
    spreadY: 0.5,
    basics,
    quadrant: meanX > 3 ? (meanY > 3 ? 'simplify' : 'keep') : meanY > 3 ? 'retire' : 'question',
    failsBasics: basics.no > basics.yes,
  };
}

const offeringNames = ['Basic plan', 'Family bundle', 'Fax line', 'Paper invoices', 'Gift cards'];

function setup(): { workshop: Workshop; exercise: Simplify; result: TwoAxisRatingResult } {
  const exercise: Simplify = {
    ...newSimplify(),
    id: 'ex-simplify',
    offerings: offeringNames.map((name, i) => ({ id: `o${i + 1}`, name, description: '' })),
  };
  const workshop = { ...newWorkshop('Simplify test'), agenda: [exercise] };
  const result = {
    items: [
      rating('o1', 4.5, 1.5),
      rating('o2', 4.2, 4.1, { yes: 1, no: 4, unsure: 1 }),
      rating('o3', 1.4, 4.6),
      rating('o4', 2, 2),
    ],
  };
  return { workshop, exercise, result };
}

const withExercise = (workshop: Workshop, exercise: Simplify): Workshop => ({
  ...workshop,
  agenda: workshop.agenda.map((e) => (e.id === exercise.id ? exercise : e)),
});

describe('simplifyBoard', () => {
  it('proposes a decision from each offering’s quadrant and flags basics first', () => {
    const { workshop, exercise, result } = setup();
    const board = simplifyBoard(workshop, exercise, result);
    expect(board.places).toEqual({
      keep: ['o1'],
      simplify: ['o2'],
      retire: ['o3'],
      question: ['o4'],
      unrated: ['o5'],
    });
    expect(board.offerings.filter((o) => o.failsBasics).map((o) => o.offering.id)).toEqual(['o2']);
    expect(board.saved).toBe(false);
  });

  it('stores the whole board when the facilitator decides one offering, with notes kept', () => {
    const { workshop, exercise, result } = setup();
    const moved = decideOffering(workshop, exercise, result, 'o4', { to: 'retire' });
    const noted = decideOffering(workshop, moved, result, 'o3', { note: 'Only 40 customers left' });
    expect(noted.decisions).toEqual({
      o1: { decision: 'keep', note: '' },
      o2: { decision: 'simplify', note: '' },
      o3: { decision: 'retire', note: 'Only 40 customers left' },
      o4: { decision: 'retire', note: '' },
    });
    const board = simplifyBoard(workshop, noted, result);
    expect(board.offerings[3]).toMatchObject({ place: 'retire', proposed: 'question', overridden: true });
  });

  it('cuts a note to one line of 200 characters', () => {
    const { workshop, exercise, result } = setup();
    const noted = decideOffering(workshop, exercise, result, 'o1', { note: 'x'.repeat(300) });
    expect(noted.decisions.o1!.note).toHaveLength(200);
  });
});

describe('addDecisionInitiative', () => {
  it('turns a Retire decision into an initiative once, and the plan no longer offers it', () => {
    const { workshop, exercise, result } = setup();
    const noted = withExercise(
      workshop,
      decideOffering(workshop, exercise, result, 'o3', { note: 'Move the 40 users' }),
    );
    const added = addDecisionInitiative(noted, exercise.id, result, 'o3');
    expect(added.initiatives).toHaveLength(1);
    expect(added.initiatives[0]).toMatchObject({
      title: 'Retire Fax line',
      description: 'Move the 40 users',
      source: { type: 'simplify', exerciseId: 'ex-simplify', offeringId: 'o3', decision: 'retire' },
    });
    expect(workshopSchema.safeParse(added).success).toBe(true);
    expect(simplifyBoard(added, added.agenda[0] as Simplify, result).offerings[2]!.inPlan).toBe(true);
    expect(initiativeCandidates(added).some((c) => c.title === 'Retire Fax line')).toBe(false);
    // A second click adds nothing.
    expect(addDecisionInitiative(added, exercise.id, result, 'o3')).toBe(added);
  });

  it('stores a proposed Simplify decision when its initiative is made', () => {
    const { workshop, exercise, result } = setup();
    const added = addDecisionInitiative(workshop, exercise.id, result, 'o2');
    expect((added.agenda[0] as Simplify).decisions.o2).toEqual({ decision: 'simplify', note: '' });
    expect(added.initiatives[0]!.title).toBe('Simplify Family bundle');
  });

  it('makes no initiative of Keep or Question, or when the plan is full', () => {
    const { workshop, exercise, result } = setup();
    expect(addDecisionInitiative(workshop, exercise.id, result, 'o1')).toBe(workshop);
    expect(addDecisionInitiative(workshop, exercise.id, result, 'o4')).toBe(workshop);
    const full = {
      ...workshop,
      initiatives: Array.from(
        { length: 300 },
        () => addDecisionInitiative(workshop, exercise.id, result, 'o3').initiatives[0]!,
      ),
    };
    expect(addDecisionInitiative(full, exercise.id, result, 'o2')).toBe(full);
  });
});
