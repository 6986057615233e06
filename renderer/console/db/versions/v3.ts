import type Dexie from 'dexie';

/**
 * 2026-12-05 — the facilitator's own library: exercises saved to reuse in any workshop, and
 * workshops saved as templates. Workshops are unchanged.
 */
export function applyVersion3(db: Dexie): void {
  db.version(3).stores({
    workshops: 'id, updatedAt, organisation',
    exercises: 'id, savedAt',
    templates: 'id, savedAt',
  });
}
