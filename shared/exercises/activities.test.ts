import { describe, expect, it } from 'vitest';
import { kindOf } from '../activities/registry';
import { newWorkshop, type Workshop } from '../workshop/schema';
import type { Initiative } from '../workshop/initiative';
import { activitiesOf } from './activities';
import { departmentOptionIds } from './centricity-check/options';
import type { Exercise } from './index';

function initiative(id: string, title: string): Initiative {
  return {
    id,
    title,
    description: '',
    position: null,
    owner: '',
    nextStep: '',
    dueDate: '',
    customerMetric: '',
    burdens: [],
    priority: 0,
    source: { type: 'manual' },
  };
}

function filledWorkshop(): Workshop {
  const workshop = newWorkshop('Acme offsite', 0);
  workshop.initiatives = [initiative('i1', 'Managers visit customers'), initiative('i2', 'Simpler invoices')];
  for (const exercise of workshop.agenda) {
    if (exercise.type === 'push-pull')
      exercise.cards = [{ id: 'c1', title: 'Loyalty points', description: '' }];
    if (exercise.type === 'simplify')
      exercise.offerings = [{ id: 'o1', name: 'Premium bundle', description: '' }];
  }
  return workshop;
}

const byType = (workshop: Workshop, type: Exercise['type']) => workshop.agenda.find((e) => e.type === type)!;

describe('activitiesOf', () => {
  it('leaves the presenter notes out of every activity the hub, projector and phones get', () => {
    const workshop = filledWorkshop();
    workshop.agenda = workshop.agenda.map((e) => ({ ...e, notes: `Presenter note on ${e.id}` }));
    for (const exercise of workshop.agenda) {
      const activities = activitiesOf(exercise, workshop);
      expect(activities.length, exercise.type).toBeGreaterThan(0);
      expect(JSON.stringify(activities)).not.toContain('Presenter note');
    }
  });

  it('gives every exercise of a full agenda valid activities with stable ids', () => {
    const workshop = filledWorkshop();
    const specs = workshop.agenda.flatMap((exercise) => activitiesOf(exercise, workshop));
    expect(specs.map((s) => [s.id.split(':')[1], s.kind])).toEqual([
      ['questions', 'scale-poll'],
      ['departments', 'multiple-choice'],
      ['statements', 'open-text'],
      ['heatmap', 'journey-heatmap'],
      ['sort', 'card-classification'],
      ['rating', 'two-axis-rating'],
      ['placement', 'continuum-placement'],
      ['priorities', 'dot-voting'],
    ]);
    for (const spec of specs) {
      expect(spec.id.startsWith(`${spec.exerciseId}:`)).toBe(true);
      const parsed = kindOf(spec.kind)!.configSchema.safeParse(spec.config);
      expect(parsed.success, `${spec.kind}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
    const again = workshop.agenda.flatMap((exercise) => activitiesOf(exercise, workshop));
    expect(again.map((s) => s.id)).toEqual(specs.map((s) => s.id));
  });

  it('asks the four questions on a 1–5 scale and the department map as multi choice', () => {
    const workshop = filledWorkshop();
    const [scores, departments] = activitiesOf(byType(workshop, 'centricity-check'), workshop);
    expect(scores!.config).toMatchObject({ min: 1, max: 5, minLabel: 'Not at all', maxLabel: 'Completely' });
    expect((scores!.config as { items: unknown[] }).items).toHaveLength(4);
    expect(departments!.prompt).toBe('Which departments have regular, direct contact with customers?');
    expect(departments!.config).toMatchObject({ multi: true });
  });

  it('uses the exercise threshold and the push / pull / unsure columns for the card sort', () => {
    const workshop = filledWorkshop();
    const exercise = byType(workshop, 'push-pull');
    if (exercise.type === 'push-pull') exercise.contestedThreshold = 70;
    const [sort] = activitiesOf(exercise, workshop);
    expect(sort!.config).toMatchObject({
      categories: [
        { id: 'push', label: 'Pushed by us' },
        { id: 'pull', label: 'Pulled by customers' },
        { id: 'unsure', label: 'Unsure' },
      ],
      decisive: ['push', 'pull'],
      contestedThreshold: 70,
    });
  });

  it('gives the dots the action plan allows and the definition prompts as lists', () => {
    const workshop = filledWorkshop();
    const [, priorities] = activitiesOf(byType(workshop, 'action-plan'), workshop);
    expect(priorities!.config).toMatchObject({ dots: 3 });
    expect(priorities!.prompt).toContain('You have 3 dots');
    const [statements] = activitiesOf(byType(workshop, 'definition'), workshop);
    expect(statements!.config).toMatchObject({
      lists: [
        { id: 'means', label: 'For us, being customer-centric means…' },
        { id: 'not-means', label: 'Being customer-centric does NOT mean…' },
      ],
      maxLength: 140,
    });
  });

  it('runs a propose activity before the sort when participants may propose cards, with stable ids', () => {
    const workshop = filledWorkshop();
    const exercise = byType(workshop, 'push-pull');
    if (exercise.type !== 'push-pull') throw new Error('no push-pull exercise');
    exercise.allowProposals = true;
    const specs = activitiesOf(exercise, workshop);
    expect(specs.map((s) => [s.id, s.kind])).toEqual([
      [`${exercise.id}:propose`, 'open-text'],
      [`${exercise.id}:sort`, 'card-classification'],
    ]);
    const propose = specs[0]!;
    expect(propose.config).toEqual({
      lists: [{ id: 'cards', label: 'Cards proposed for the sort' }],
      maxLength: 160,
      maxPerParticipant: 3,
      wording: { one: 'card', many: 'cards', written: 'proposed', placeholder: 'Name a card…' },
    });
    expect(kindOf('open-text').configSchema.safeParse(propose.config).success).toBe(true);

    // Approving a proposal adds a card to the sort; the ids stay the same.
    exercise.cards.push({ id: 'p1', title: 'Chatbot for invoices', description: '', proposed: true });
    const again = activitiesOf(exercise, workshop);
    expect(again.map((s) => s.id)).toEqual(specs.map((s) => s.id));
    expect((again[1]!.config as { cards: unknown[] }).cards).toEqual([
      { id: 'c1', title: 'Loyalty points' },
      { id: 'p1', title: 'Chatbot for invoices' },
    ]);
  });

  it('runs the propose activity and an empty sort when the room proposes all the cards', () => {
    const workshop = newWorkshop('Room-made cards', 0);
    const exercise = byType(workshop, 'push-pull');
    if (exercise.type !== 'push-pull') throw new Error('no push-pull exercise');
    exercise.allowProposals = true;
    const [propose, sort, ...rest] = activitiesOf(exercise, workshop);
    expect(rest).toEqual([]);
    expect(propose!.id).toBe(`${exercise.id}:propose`);
    expect(sort).toMatchObject({ id: `${exercise.id}:sort`, kind: 'card-classification' });
    expect((sort!.config as { cards: unknown[] }).cards).toEqual([]);
    // The hub can start it, and will not open it until approved cards arrive.
    const kind = kindOf('card-classification');
    const parsed = kind.configSchema.parse(sort!.config);
    expect(kind.nothingToAnswer?.(parsed)).toMatch(/approve proposals first/);

    // Without proposals an exercise without cards still has nothing to run.
    exercise.allowProposals = false;
    expect(activitiesOf(exercise, workshop)).toEqual([]);
  });

  it('leaves out parts with nothing to vote on', () => {
    const workshop = newWorkshop('Empty', 0);
    expect(activitiesOf(byType(workshop, 'push-pull'), workshop)).toEqual([]);
    expect(activitiesOf(byType(workshop, 'simplify'), workshop)).toEqual([]);
    expect(activitiesOf(byType(workshop, 'action-plan'), workshop)).toEqual([]);
    const check = byType(workshop, 'centricity-check');
    if (check.type === 'centricity-check') check.departments = [];
    expect(activitiesOf(check, workshop).map((s) => s.kind)).toEqual(['scale-poll']);
  });
});

describe('departmentOptionIds', () => {
  it('makes readable, unique ids that survive a reorder', () => {
    expect(departmentOptionIds(['IT', 'Product / R&D', 'Ventes & Après-vente', '???', 'IT'])).toEqual([
      'it',
      'product-r-d',
      'ventes-apres-vente',
      'department-4',
      'it-2',
    ]);
    expect(departmentOptionIds(['Sales', 'IT'])).toEqual(['sales', 'it']);
  });
});
