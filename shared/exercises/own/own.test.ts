import { describe, expect, it } from 'vitest';
import { planWorkshop } from '../../../test/fixtures/planWorkshop';
import { kindOf } from '../../activities/registry';
import { buildPlan } from '../../plan/buildPlan';
import { sectionOf } from '../../plan/sectionData';
import { buildResults } from '../../results/build';
import { buildRunSheet } from '../../workshop/runSheet';
import { activitiesOf } from '../activities';
import { OWN_KINDS, ownActivitySpec } from './activities';
import {
  newOwn,
  newOwnActivity,
  newOwnLabel,
  ownSchema,
  type OwnActivity,
  type OwnActivityKind,
} from './schema';

const KINDS = Object.keys(OWN_KINDS) as OwnActivityKind[];

/** An activity of each kind, filled in as a facilitator would. */
function filled(kind: OwnActivityKind): OwnActivity {
  const made = newOwnActivity(kind);
  const three = ['Opening hours', 'The phone menu', 'Call-backs'].map(newOwnLabel);
  switch (made.kind) {
    case 'scale':
      return { ...made, statements: three };
    case 'choice':
    case 'dots':
      return { ...made, options: three };
    case 'rating':
      return { ...made, items: three };
    case 'sort':
      return { ...made, cards: three };
    case 'open':
      return made;
  }
}

describe('own exercises', () => {
  it('runs each kind of question as its generic activity, with a config that kind accepts', () => {
    const exercise = { ...newOwn(), activities: KINDS.map(filled) };
    expect(ownSchema.parse(exercise)).toEqual(exercise);
    const specs = activitiesOf(exercise, planWorkshop());
    expect(specs.map((s) => s.kind)).toEqual(KINDS.map((k) => OWN_KINDS[k].kind));
    for (const [i, spec] of specs.entries()) {
      expect(spec.id).toBe(`${exercise.id}:${exercise.activities[i]!.id}`);
      expect(kindOf(spec.kind)!.configSchema.safeParse(spec.config).success).toBe(true);
    }
  });

  it('leaves out a question still being written, and says what it lacks', () => {
    const exercise = {
      ...newOwn(),
      activities: KINDS.filter((k) => k !== 'open').map((k) => newOwnActivity(k)),
    };
    expect(activitiesOf(exercise, planWorkshop())).toEqual([]);
    for (const activity of exercise.activities) {
      const made = ownActivitySpec(exercise, activity);
      expect(made).toEqual({ ok: false, needs: OWN_KINDS[activity.kind].needs });
    }
    // A blank label is not an option.
    const blank = { ...filled('choice'), options: [newOwnLabel('Yes'), newOwnLabel('  ')] } as OwnActivity;
    expect(ownActivitySpec({ ...exercise, activities: [blank] }, blank).ok).toBe(false);
  });

  it('asks with the exercise’s title and prompt when the question has none of its own', () => {
    const exercise = { ...newOwn(), title: 'Phones', prompt: 'Think of the last call.' };
    const question = { ...newOwnActivity('open'), title: '' };
    const made = ownActivitySpec(exercise, question);
    expect(made.ok && made.spec).toMatchObject({ title: 'Phones', prompt: 'Think of the last call.' });
  });

  it('never sends a question’s notes to the hub', () => {
    const exercise = { ...newOwn(), activities: [{ ...filled('choice'), notes: 'Secret: bring pens' }] };
    expect(JSON.stringify(activitiesOf(exercise, planWorkshop()))).not.toContain('Secret');
  });

  it('prints a question’s notes on the run sheet beside the question', () => {
    const w = planWorkshop();
    const own = w.agenda.find((e) => e.type === 'own')!;
    if (own.type !== 'own') return;
    own.activities[1] = { ...own.activities[1]!, notes: 'Hand out the call log' };
    const item = buildRunSheet(w, 'A4').items.find((i) => i.title === own.title)!;
    expect(item.activities).toEqual([
      'How far do you agree? (scale poll)',
      'What should change first? (multiple choice) — Hand out the call log',
    ]);
  });

  it('gives the plan a section of its own with the results export’s rows for each answered question', () => {
    const w = planWorkshop();
    const own = w.agenda.find((e) => e.type === 'own')!;
    const section = sectionOf(buildPlan(w, { paper: 'A4' }), own);
    expect(section.status).toBe('ready');
    if (section.status !== 'ready') return;
    expect(section.title).toBe(own.title);
    expect(section.questions.map((q) => q.title)).toEqual([
      'How far do you agree?',
      'What should change first?',
    ]);
    const choice = section.questions[1]!;
    expect(choice.rows.map((r) => r.item)).toEqual(['Opening hours', 'The phone menu']);
    const exported = buildResults(w).summary.filter((r) => r.activity === 'What should change first?');
    expect(exported.map((r) => r.item)).toEqual(['All items', 'Opening hours', 'The phone menu']);
    expect(choice.rows.map((r) => r.answers)).toEqual(
      exported.slice(1).map((r) => `${r.answers} ${r.answers === 1 ? 'pick' : 'picks'}`),
    );
  });

  it('has nothing for the plan before it has run', () => {
    const w = planWorkshop();
    const fresh = { ...newOwn(), activities: [filled('scale')] };
    w.agenda.push(fresh);
    expect(sectionOf(buildPlan(w, { paper: 'A4' }), fresh)).toEqual({
      status: 'not-run',
      title: fresh.title,
    });
  });
});
