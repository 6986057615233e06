import { describe, expect, it } from 'vitest';
import { planWorkshop } from '../../test/fixtures/planWorkshop';
import { activitiesOf } from '../exercises/activities';
import type { ExerciseOf, ExerciseType } from '../exercises';
import { EXERCISE_DEFINITIONS } from '../exercises/registry';
import { buildPlan } from '../plan/buildPlan';
import {
  copyExercise,
  copyTitle,
  exerciseAsTemplate,
  workshopAsTemplate,
  workshopFromTemplate,
} from './templates';
import { workshopSchema } from './schema';

const fixture = planWorkshop();
const ofType = <T extends ExerciseType>(type: T) =>
  fixture.agenda.find((e): e is ExerciseOf<T> => e.type === type)!;

describe('an exercise as a template', () => {
  it.each(EXERCISE_DEFINITIONS.map((d) => [d.type, d] as const))(
    '%s keeps what its schema accepts and leaves the original alone',
    (type, definition) => {
      const exercise = ofType(type);
      const before = structuredClone(exercise);
      const template = exerciseAsTemplate(exercise);
      expect(definition.schema.safeParse(template).success).toBe(true);
      expect(template).toMatchObject({
        id: exercise.id,
        type,
        title: exercise.title,
        minutes: exercise.minutes,
      });
      expect(exercise).toEqual(before);
    },
  );

  it('drops what the room made: board placements, decisions, the written definition and its curation', () => {
    const pushPull = ofType('push-pull');
    const proposed = {
      ...pushPull,
      cards: [...pushPull.cards, { id: 'p1', title: 'From the room', description: '', proposed: true }],
    };
    expect(Object.keys(pushPull.placements)).not.toEqual([]);
    const cleanBoard = exerciseAsTemplate(proposed);
    expect(cleanBoard).toMatchObject({ placements: {} });
    expect(cleanBoard.type === 'push-pull' && cleanBoard.cards.map((c) => c.id)).toEqual(
      pushPull.cards.map((c) => c.id),
    );

    expect(exerciseAsTemplate(ofType('simplify'))).toMatchObject({ decisions: {} });
    const definition = exerciseAsTemplate({
      ...ofType('definition'),
      curation: { hidden: ['a'], merges: [] },
    });
    expect(definition).toMatchObject({ definition: { means: '', notMeans: '' } });
    expect(definition).not.toHaveProperty('curation');
  });

  it('keeps the content the facilitator wrote: questions, stages, own questions and notes', () => {
    const own = { ...ofType('own'), notes: 'Bring the call log' };
    expect(exerciseAsTemplate(own)).toEqual(own);
    expect(exerciseAsTemplate(ofType('centricity-check'))).toEqual(ofType('centricity-check'));
    expect(exerciseAsTemplate(ofType('burden-journey'))).toEqual(ofType('burden-journey'));
  });
});

describe('copying an exercise', () => {
  it('gives a fresh id, so no activity id and no result of the original is its own', () => {
    for (const exercise of fixture.agenda) {
      const copy = copyExercise(exercise, copyTitle(exercise.title, undefined));
      expect(copy.id).not.toBe(exercise.id);
      expect(copy.title).toBe(`${exercise.title} (copy)`);
      const originals = new Set(activitiesOf(exercise, fixture).map((s) => s.id));
      for (const spec of activitiesOf(copy, fixture)) {
        expect(originals.has(spec.id)).toBe(false);
        expect(fixture.results[spec.id]).toBeUndefined();
      }
    }
    const own = ofType('own');
    expect(copyExercise(own).id).not.toBe(copyExercise(own).id);
  });

  it('keeps a copied title within the limit', () => {
    expect(copyTitle('x'.repeat(120), undefined)).toHaveLength(120);
    expect(copyTitle('Willkommen', 'de')).toBe('Willkommen (Kopie)');
    expect(copyTitle('x'.repeat(120), 'de')).toBe(`${'x'.repeat(112)} (Kopie)`);
  });
});

describe('workshop templates', () => {
  it('keep the agenda and timing without results, initiatives, date or organisation', () => {
    const template = workshopAsTemplate({ ...fixture, plannedStart: '09:30' }, 5);
    expect(workshopSchema.safeParse(template).success).toBe(true);
    expect(template).toMatchObject({
      results: {},
      initiatives: [],
      date: '',
      organisation: '',
      plannedStart: '09:30',
    });
    expect(template.id).not.toBe(fixture.id);
    expect(template.agenda.map((e) => e.id)).toEqual(fixture.agenda.map((e) => e.id));
  });

  it('make new workshops with fresh exercise ids that plan nothing yet', () => {
    const template = workshopAsTemplate(fixture);
    const details = { name: ' Next week ', organisation: 'Northwind', date: '2026-12-12' };
    const first = workshopFromTemplate(template, details, 10);
    const second = workshopFromTemplate(template, details, 10);
    expect(workshopSchema.safeParse(first).success).toBe(true);
    expect(first).toMatchObject({ name: 'Next week', organisation: 'Northwind', date: '2026-12-12' });
    expect(first.agenda.map((e) => e.type)).toEqual(fixture.agenda.map((e) => e.type));
    const ids = new Set([...template.agenda, ...first.agenda, ...second.agenda].map((e) => e.id));
    expect(ids.size).toBe(3 * fixture.agenda.length);
    expect(buildPlan(first, { paper: 'A4' }).exercises.every((e) => e.section.status !== 'ready')).toBe(true);
  });

  it('keep the workshop’s language, and a workshop made from one takes it', () => {
    const template = workshopAsTemplate({ ...fixture, language: 'de' });
    expect(template.language).toBe('de');
    const details = { name: 'Nächste Woche', organisation: '', date: '2026-12-12' };
    const made = workshopFromTemplate(template, details);
    expect(made.language).toBe('de');
    expect(workshopSchema.safeParse(made).success).toBe(true);
  });

  it('saved before templates kept a language read as before: no language, so English', () => {
    const { language: _dropped, ...old } = workshopAsTemplate({ ...fixture, language: 'fr' });
    expect(workshopSchema.safeParse(old).success).toBe(true);
    const made = workshopFromTemplate(old, { name: 'Old', organisation: '', date: '' });
    expect(made).not.toHaveProperty('language');
  });
});
