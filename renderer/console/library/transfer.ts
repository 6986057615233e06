import { readWorkshopFile, workshopFileName, writeWorkshopFile } from '../../../shared/workshop/file';
import { newId } from '../../../shared/ids';
import type { Workshop } from '../../../shared/workshop/schema';
import { workshops } from '../db';
import { t } from '../../i18n';
import { openFile, saveFile } from '../platform';
import { describeRefusal } from './importRefusal';

export type ImportOutcome =
  | { status: 'imported'; workshop: Workshop; renamed: boolean }
  | { status: 'refused'; message: string; fileName: string }
  | { status: 'cancelled' };

/**
 * Adds a workshop read from a file. An id already in the library gets a new one, so an
 * import never overwrites what is stored.
 */
export async function addImported(workshop: Workshop): Promise<{ workshop: Workshop; renamed: boolean }> {
  const clash = await workshops.get(workshop.id);
  const now = Date.now();
  const added = clash
    ? {
        ...workshop,
        id: newId(),
        name: t('console.import.copyName', { name: workshop.name }).slice(0, 120),
        createdAt: now,
        updatedAt: now,
      }
    : { ...workshop, updatedAt: now };
  await workshops.put(added);
  return { workshop: added, renamed: !!clash };
}

export async function importFromText(text: string, bytes: number, fileName: string): Promise<ImportOutcome> {
  const read = readWorkshopFile(text, bytes);
  if (!read.ok) return { status: 'refused', message: describeRefusal(read.refusal), fileName };
  return { status: 'imported', ...(await addImported(read.workshop)) };
}

export async function importWorkshopFile(): Promise<ImportOutcome> {
  const file = await openFile('workshop');
  if (!file) return { status: 'cancelled' };
  return importFromText(file.text, file.bytes, file.name);
}

export async function exportWorkshopFile(workshop: Workshop): Promise<boolean> {
  return saveFile(workshopFileName(workshop), writeWorkshopFile(workshop), 'workshop');
}
