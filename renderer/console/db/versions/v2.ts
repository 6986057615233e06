import type Dexie from 'dexie';

/**
 * 2026-11-23 — workshops belong to an organisation (for the centricity check's history),
 * name who facilitated, and keep the results of closed activities.
 */
export function applyVersion2(db: Dexie): void {
  db.version(2)
    .stores({ workshops: 'id, updatedAt, organisation' })
    .upgrade((tx) =>
      tx
        .table('workshops')
        .toCollection()
        .modify((workshop: Record<string, unknown>) => {
          workshop.organisation ??= '';
          workshop.facilitator ??= '';
          workshop.results ??= {};
        }),
    );
}
