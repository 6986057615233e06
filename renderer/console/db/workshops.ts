import { workshopSchema, type Workshop } from '../../../shared/workshop/schema';
import { t } from '../../i18n';
import type { OutsideInDatabase } from './database';

/** Whether the disk or the browser's storage quota is full: by the error's name, or its cause's (Dexie wraps it). */
function isQuotaError(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    if ((e as { name?: unknown }).name === 'QuotaExceededError') return true;
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

/** A failed write in words a facilitator can act on. */
export function describeStorageError(error: unknown): string {
  if (isQuotaError(error)) {
    return t('console.storage.diskFull');
  }
  return t('console.storage.failed', { reason: error instanceof Error ? error.message : String(error) });
}

export class WorkshopStore {
  constructor(private readonly db: OutsideInDatabase) {}

  /** Newest change first. */
  async list(): Promise<Workshop[]> {
    return this.db.workshops.orderBy('updatedAt').reverse().toArray();
  }

  get(id: string): Promise<Workshop | undefined> {
    return this.db.workshops.get(id);
  }

  /** Saves as is: the caller decides updatedAt (an undo restores the old one). */
  async put(workshop: Workshop): Promise<void> {
    workshopSchema.parse(workshop);
    await this.db.transaction('rw', this.db.workshops, () => this.db.workshops.put(workshop));
  }

  async delete(id: string): Promise<Workshop | undefined> {
    return this.db.transaction('rw', this.db.workshops, async () => {
      const existing = await this.db.workshops.get(id);
      await this.db.workshops.delete(id);
      return existing;
    });
  }

  /** Earlier workshops of the same organisation, oldest first (for history charts). */
  async ofOrganisation(organisation: string): Promise<Workshop[]> {
    if (!organisation.trim()) return [];
    const all = await this.db.workshops.where('organisation').equals(organisation).toArray();
    return all.sort((a, b) => (a.date || '').localeCompare(b.date || '') || a.createdAt - b.createdAt);
  }
}
