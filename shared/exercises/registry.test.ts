// The registry comes first: it must load on its own, before the workshop schema that derives from it.
import { EXERCISES, EXERCISE_DEFINITIONS } from './registry';
import { describe, expect, it } from 'vitest';
import { planWorkshop } from '../../test/fixtures/planWorkshop';
import { kindOf } from '../activities/registry';
import { outcomeOf, outcomeSchema } from '../outcomes';
import { buildPlan } from '../plan/buildPlan';
import { initiativeCandidates, sourceKey } from '../plan/candidates';
import { clearPracticeResults } from '../workshop/practice';
import { newWorkshop, workshopSchema, type Workshop } from '../workshop/schema';
import { activitiesOf } from './activities';
import { EXERCISE_TEMPLATES, exerciseSchema } from './index';

const fixture = planWorkshop();
/** A new workshop with every type on its agenda, those a new workshop leaves out added at the end. */
const everyType = (): Workshop => {
  const w = newWorkshop('x');
  const added = EXERCISE_TEMPLATES.filter((t) => !t.onNewAgenda).map((t) => t.create());
  return { ...w, agenda: [...w.agenda, ...added] };
};
const exerciseOf = (w: Workshop, type: string) => w.agenda.find((e) => e.type === type)!;
const resultsOf = (w: Workshop, exerciseId: string) =>
  Object.keys(w.results).filter((id) => id.startsWith(`${exerciseId}:`));

describe('the exercise registry', () => {
  it('keys each definition under its own type; templates and a new workshop follow its order', () => {
    const types = Object.keys(EXERCISES);
    expect(Object.values(EXERCISES).map((d) => d.type)).toEqual(types);
    expect(EXERCISE_DEFINITIONS.map((d) => d.type)).toEqual(types);
    expect(EXERCISE_TEMPLATES.map((t) => t.type)).toEqual(types);
    expect(newWorkshop('x').agenda.map((e) => e.type)).toEqual(
      EXERCISE_TEMPLATES.filter((t) => t.onNewAgenda).map((t) => t.type),
    );
    expect(everyType().agenda.map((e) => e.type)).toEqual(types);
  });

  describe.each(EXERCISE_DEFINITIONS.map((d) => [d.type, d] as const))('%s', (type, definition) => {
    it('makes defaults its schema, the exercise union and a workshop file accept', () => {
      const made = definition.create();
      expect(made.type).toBe(type);
      expect(definition.schema.parse(made)).toEqual(made);
      expect(exerciseSchema.parse(made)).toEqual(made);
      expect(definition.create().id).not.toBe(made.id);
      expect(definition.name.trim()).not.toBe('');
      expect(definition.summary.trim()).not.toBe('');
      const w = { ...newWorkshop('x'), agenda: [made] };
      expect(workshopSchema.safeParse(w).success).toBe(true);
    });

    it('runs activities of registered kinds whose configs their kind accepts, ids under the exercise', () => {
      const exercise = exerciseOf(fixture, type);
      const specs = activitiesOf(exercise, fixture);
      expect(specs.length).toBeGreaterThan(0);
      expect(new Set(specs.map((s) => s.id)).size).toBe(specs.length);
      for (const spec of specs) {
        expect(spec.id.startsWith(`${exercise.id}:`)).toBe(true);
        expect(spec.exerciseId).toBe(exercise.id);
        const kind = kindOf(spec.kind);
        expect(kind, spec.kind).toBeDefined();
        expect(kind!.configSchema.safeParse(spec.config).success).toBe(true);
      }
      // Its defaults too, in a workshop that has initiatives to vote on.
      const fresh = { ...everyType(), initiatives: fixture.initiatives };
      for (const spec of activitiesOf(exerciseOf(fresh, type), fresh))
        expect(kindOf(spec.kind)!.configSchema.safeParse(spec.config).success).toBe(true);
    });

    it('puts its outcome from the plan in a shape the hub accepts', () => {
      const exercise = exerciseOf(fixture, type);
      const outcome = outcomeOf(buildPlan(fixture, { paper: 'A4' }), fixture, exercise);
      // Every exercise the fixture has run has something to show.
      if (resultsOf(fixture, exercise.id).length > 0) expect(outcome).not.toBeNull();
      if (outcome) {
        expect(outcome).toMatchObject({ type, exerciseId: exercise.id });
        expect(outcomeSchema.safeParse(outcome).success).toBe(true);
      }
      const fresh = everyType();
      expect(outcomeOf(buildPlan(fresh, { paper: 'A4' }), fresh, exerciseOf(fresh, type))).toBeNull();
    });

    it('offers initiative candidates keyed to their source, once each', () => {
      const exercise = exerciseOf(fixture, type);
      const offers = definition.candidates?.of(exercise, fixture) ?? [];
      if (definition.candidates) {
        expect(definition.candidates.heading.trim()).not.toBe('');
        expect(offers.length).toBeGreaterThan(0);
      }
      for (const offer of offers) {
        expect(offer.title.trim()).not.toBe('');
        expect(sourceKey(offer.source)).not.toBeNull();
        expect(offer.source).toMatchObject({ exerciseId: exercise.id });
      }
      const fromIt = initiativeCandidates({ ...fixture, initiatives: [] }).filter((c) => c.origin === type);
      expect(fromIt.map((c) => c.title)).toEqual(offers.map((o) => o.title));
    });

    it('clears its practice results and leaves an exercise its schema accepts', () => {
      const exercise = exerciseOf(fixture, type);
      const practised: Workshop = {
        ...fixture,
        results: Object.fromEntries(
          Object.entries(fixture.results).map(([id, r]) => [
            id,
            id.startsWith(`${exercise.id}:`) ? { ...r, practice: 3 } : r,
          ]),
        ),
      };
      const { workshop, summary } = clearPracticeResults(practised);
      expect(resultsOf(workshop, exercise.id)).toEqual([]);
      expect([...summary.activityIds].sort()).toEqual(resultsOf(fixture, exercise.id).sort());
      const cleared = exerciseOf(workshop, type);
      expect(definition.schema.safeParse(cleared).success).toBe(true);
      for (const other of workshop.agenda.filter((e) => e.type !== type))
        expect(other).toBe(exerciseOf(fixture, other.type));
    });
  });
});
