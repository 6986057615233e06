import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { newWorkshop, workshopSchema } from '../../../shared/workshop/schema';
import { OutsideInDatabase } from './database';
import { applyVersion1 } from './versions/v1';
import { WorkshopStore } from './workshops';

let counter = 0;
const names: string[] = [];
function freshName() {
  const name = `test-db-${++counter}-${Date.now()}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('workshop database', () => {
  it('opens data written by version 1 after the upgrade to the current version', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    applyVersion1(v1);
    const current = newWorkshop('Spring offsite');
    // Version 1 records had no organisation, facilitator or results.
    const { organisation: _o, facilitator: _f, results: _r, ...v1Record } = current;
    await v1.table('workshops').put(v1Record);
    v1.close();

    const db = new OutsideInDatabase(name);
    const store = new WorkshopStore(db);
    const [upgraded] = await store.list();
    expect(upgraded).toBeDefined();
    expect(workshopSchema.parse(upgraded)).toEqual({
      ...current,
      organisation: '',
      facilitator: '',
      results: {},
    });
    expect(db.verno).toBe(3);
    db.close();
  });

  it('lists workshops by last change, newest first, and finds an organisation’s workshops', async () => {
    const db = new OutsideInDatabase(freshName());
    const store = new WorkshopStore(db);
    const older = { ...newWorkshop('Older', 1000), organisation: 'Acme', date: '2026-01-10' };
    const newer = { ...newWorkshop('Newer', 5000), organisation: 'Acme', date: '2026-06-10' };
    const other = { ...newWorkshop('Other', 3000), organisation: 'Globex' };
    for (const w of [older, other, newer]) await store.put(w);
    expect((await store.list()).map((w) => w.name)).toEqual(['Newer', 'Other', 'Older']);
    expect((await store.ofOrganisation('Acme')).map((w) => w.name)).toEqual(['Older', 'Newer']);
    db.close();
  });

  it('refuses to store a workshop that does not match the schema, and keeps the old one', async () => {
    const db = new OutsideInDatabase(freshName());
    const store = new WorkshopStore(db);
    const workshop = newWorkshop('Kept');
    await store.put(workshop);
    await expect(store.put({ ...workshop, name: '' })).rejects.toThrow();
    expect((await store.get(workshop.id))?.name).toBe('Kept');
    db.close();
  });
});
