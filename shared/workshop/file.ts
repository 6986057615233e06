import { z } from 'zod';
import { workshopSchema, type Workshop } from './schema';

export const FILE_FORMAT = 'outside-in.workshop';
export const FILE_VERSION = 1;
export const FILE_SUFFIX = '.outside-in.json';
/** Far above a 500-card, 300-initiative workshop; stops a wrong file from freezing the app. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export const workshopFileSchema = z.object({
  format: z.literal(FILE_FORMAT),
  version: z.literal(FILE_VERSION),
  exportedAt: z.string(),
  app: z.string().optional(),
  workshop: workshopSchema,
});
export type WorkshopFile = z.infer<typeof workshopFileSchema>;

/** Why a file was refused, for a reader that words it in its own language (`message` is English). */
export type Refusal =
  | { code: 'too-large'; megabytes: number; maxMegabytes: number }
  | { code: 'empty' }
  | { code: 'cut-off' }
  | { code: 'not-json' }
  | { code: 'not-workshop' }
  | { code: 'no-version' }
  | { code: 'newer'; version: number; reads: number }
  | { code: 'damaged'; issues: string[]; more: number };

export type ReadResult = { ok: true; workshop: Workshop } | { ok: false; message: string; refusal: Refusal };

export function workshopFileName(workshop: Pick<Workshop, 'name'>): string {
  const base = workshop.name
    .normalize('NFKC')
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base || 'workshop'}${FILE_SUFFIX}`;
}

export function writeWorkshopFile(workshop: Workshop, now = new Date()): string {
  const file: WorkshopFile = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    exportedAt: now.toISOString(),
    app: 'Outside-In',
    workshop,
  };
  return JSON.stringify(file, null, 2) + '\n';
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.join(' › ') : 'the file';
  return `${where}: ${issue.message}`;
}

/** Reads a workshop file; every refusal says what is wrong in words a facilitator can act on. */
export function readWorkshopFile(text: string, byteLength = text.length): ReadResult {
  if (byteLength > MAX_FILE_BYTES) {
    const megabytes = byteLength / 1048576;
    const maxMegabytes = MAX_FILE_BYTES / 1048576;
    return {
      ok: false,
      message: `This file is ${megabytes.toFixed(1)} MB; workshop files are at most ${maxMegabytes} MB. Is it the right file?`,
      refusal: { code: 'too-large', megabytes, maxMegabytes },
    };
  }
  if (text.trim() === '') return { ok: false, message: 'This file is empty.', refusal: { code: 'empty' } };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    const looksCut = /^\s*[{[]/.test(text) && !/[}\]]\s*$/.test(text);
    return {
      ok: false,
      message: looksCut
        ? 'This file ends too early: it was probably cut off while saving or copying. Export the workshop again from the original.'
        : 'This is not a workshop file: it is not valid JSON. Outside-In workshop files end in .outside-in.json.',
      refusal: { code: looksCut ? 'cut-off' : 'not-json' },
    };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== FILE_FORMAT) {
    return {
      ok: false,
      message:
        'This JSON file is not an Outside-In workshop file (it has no "format": "outside-in.workshop").',
      refusal: { code: 'not-workshop' },
    };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      message: 'This workshop file has no valid format version.',
      refusal: { code: 'no-version' },
    };
  }
  if (version > FILE_VERSION) {
    return {
      ok: false,
      message: `This file was made by a newer Outside-In (format ${version}); this version reads format ${FILE_VERSION}. Update Outside-In to open it.`,
      refusal: { code: 'newer', version, reads: FILE_VERSION },
    };
  }
  const parsed = workshopFileSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map(describeIssue);
    const more = Math.max(0, parsed.error.issues.length - 3);
    return {
      ok: false,
      message: `This workshop file is damaged and was not imported. ${issues.join('; ')}${more ? ` (and ${more} more)` : ''}.`,
      refusal: { code: 'damaged', issues, more },
    };
  }
  return { ok: true, workshop: parsed.data.workshop };
}
