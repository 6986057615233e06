import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { planWorkshop } from '../../../test/fixtures/planWorkshop';
import { newWorkshop } from '../../../shared/workshop/schema';
import { OutsideInDatabase } from './database';
import { ExerciseLibrary, TemplateStore } from './library';
import { applyVersion1 } from './versions/v1';
import { applyVersion2 } from './versions/v2';
import { WorkshopStore } from './workshops';

let counter = 0;
const names: string[] = [];
function freshName() {
  const name = `library-db-${++counter}-${Date.now()}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('the exercise library and templates in the database', () => {
  it('upgrades a version 2 database: its workshops stay as they were, the library starts empty', async () => {
    const name = freshName();
    const v2 = new Dexie(name);
    applyVersion1(v2);
    applyVersion2(v2);
    const workshop = planWorkshop();
    await v2.table('workshops').put(workshop);
    v2.close();

    const db = new OutsideInDatabase(name);
    expect(await new WorkshopStore(db).list()).toEqual([workshop]);
    expect(db.verno).toBe(3);
    expect(await new ExerciseLibrary(db).list()).toEqual([]);
    expect(await new TemplateStore(db).list()).toEqual([]);
    db.close();
  });

  it('keeps saved exercises, newest first, as content under fresh ids, across reopening', async () => {
    const name = freshName();
    const workshop = planWorkshop();
    const pushPull = workshop.agenda.find((e) => e.type === 'push-pull')!;
    const own = workshop.agenda.find((e) => e.type === 'own')!;
    let db = new OutsideInDatabase(name);
    const library = new ExerciseLibrary(db);
    const first = await library.save(pushPull, 1000);
    await library.save(own, 2000);
    db.close();

    db = new OutsideInDatabase(name);
    const listed = await new ExerciseLibrary(db).list();
    expect(listed.map((s) => s.exercise.title)).toEqual([own.title, pushPull.title]);
    expect(listed.every((s, i) => s.exercise.id !== [own, pushPull][i]!.id)).toBe(true);
    expect(listed[1]!.exercise).toMatchObject({ type: 'push-pull', placements: {} });
    await new ExerciseLibrary(db).delete(first.id);
    expect((await new ExerciseLibrary(db).list()).map((s) => s.id)).not.toContain(first.id);
    db.close();
  });

  it('saves a workshop as a template without its results, and refuses one its schema does not accept', async () => {
    const db = new OutsideInDatabase(freshName());
    const store = new TemplateStore(db);
    const saved = await store.save(planWorkshop(), 5);
    const [listed] = await store.list();
    expect(listed).toEqual(saved);
    expect(listed!.workshop).toMatchObject({ results: {}, initiatives: [], date: '' });
    await expect(store.save({ ...newWorkshop('x'), name: '' })).rejects.toThrow();
    expect(await store.list()).toHaveLength(1);
    db.close();
  });
});
