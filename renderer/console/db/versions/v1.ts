import type Dexie from 'dexie';

/** 2026-11-23 — first schema: whole workshops, listed by last change. */
export function applyVersion1(db: Dexie): void {
  db.version(1).stores({ workshops: 'id, updatedAt' });
}
