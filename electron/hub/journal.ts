import { mkdir, open, readdir, readFile, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { languageSchema } from '../../shared/languages';
import { activitySpecSchema, phaseSchema } from '../../shared/protocol';

/**
 * The journal of one live session: JSON lines, appended and flushed to disk before the hub
 * acknowledges what they record. Replaying it rebuilds the session after a crash.
 */

export const JOURNAL_VERSION = 1;

const at = z.number();

export const journalRecordSchema = z.discriminatedUnion('t', [
  z.object({
    t: z.literal('start'),
    v: z.number().int(),
    at,
    sessionId: z.string(),
    code: z.string(),
    workshopId: z.string(),
    workshopName: z.string(),
    language: z.optional(languageSchema),
    activities: z.array(activitySpecSchema),
  }),
  /** A participant joined; only a hash of the secret is kept. `practice`: simulated by the console. */
  z.object({
    t: z.literal('join'),
    at,
    participantId: z.string(),
    secretHash: z.string(),
    practice: z.literal(true).optional(),
    /** The device address it joined from (one device, one participant unless shared). */
    address: z.string().max(64).optional(),
  }),
  /** The facilitator took a participant out: their answers leave every result. */
  z.object({ t: z.literal('remove'), at, participantId: z.string() }),
  /** The facilitator let a device join as several people (or stopped it). */
  z.object({ t: z.literal('share'), at, address: z.string().max(64), shared: z.boolean() }),
  /** An accepted answer (the value already checked by its kind). */
  z.object({
    t: z.literal('answer'),
    at,
    participantId: z.string(),
    activityId: z.string(),
    itemId: z.string(),
    clientAnswerId: z.string(),
    value: z.unknown(),
  }),
  z.object({ t: z.literal('goto'), at, index: z.number().int().nonnegative() }),
  /** `offline`: joined phones away when answers closed; their answers still count for a short while. */
  z.object({
    t: z.literal('phase'),
    at,
    activityId: z.string(),
    phase: phaseSchema,
    offline: z.array(z.string()).optional(),
  }),
  /** How the projector shows the revealed result (a page of it, or a word cloud). */
  z.object({ t: z.literal('display'), at, page: z.number().int().nonnegative(), cloud: z.boolean() }),
  /** Whether answers from phones that were offline at the close count if they arrive soon after. */
  z.object({ t: z.literal('late'), at, accept: z.boolean() }),
  z.object({ t: z.literal('reveal'), at, revealed: z.boolean() }),
  /** An activity's config replaced before it was opened (the kind's config, as the console sent it). */
  z.object({ t: z.literal('config'), at, activityId: z.string(), config: z.unknown() }),
  z.object({
    t: z.literal('timer'),
    at,
    endsAt: z.number().nullable(),
    seconds: z.number().int().nullable(),
  }),
  z.object({ t: z.literal('end'), at }),
  /** The outcome shown on the projector (shared/outcomes, checked again on replay), or null: none. */
  z.object({ t: z.literal('outcome'), at, outcome: z.unknown() }),
  /** Activities appended to the running session (checked by their kinds, again on replay). */
  z.object({ t: z.literal('add'), at, activities: z.array(activitySpecSchema) }),
]);
export type JournalRecord = z.infer<typeof journalRecordSchema>;
export type StartRecord = Extract<JournalRecord, { t: 'start' }>;

/** The part of a file handle the journal uses, so tests can make the disk fail. */
export interface JournalFile {
  write(data: string): Promise<unknown>;
  datasync(): Promise<void>;
  close(): Promise<void>;
}

export type OpenJournalFile = (path: string) => Promise<JournalFile>;

export const openJournalFile: OpenJournalFile = async (path) => {
  const handle: FileHandle = await open(path, 'a');
  return {
    // A full disk can take part of a write without an error: write the rest, or fail.
    write: async (data) => {
      const bytes = Buffer.from(data, 'utf8');
      let offset = 0;
      while (offset < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
        if (bytesWritten <= 0) throw new Error('The disk took no more data (is it full?).');
        offset += bytesWritten;
      }
    },
    datasync: () => handle.datasync(),
    close: () => handle.close(),
  };
};

async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems (and Windows) cannot fsync a directory; the file's own fsync still holds.
  }
}

type Flushed = (error: Error | null) => void;

/**
 * Appends records with group commit: records that arrive while a write + fsync is running are
 * written together by the next one, and each record's callback runs once its batch is on disk
 * (or failed). Callbacks run in append order, so the session applies them in journal order.
 */
export class JournalWriter {
  private queue: { line: string; flushed: Flushed }[] = [];
  private flushing = false;
  private scheduled = false;
  /** After a failed write the file may end in half a line: start the next batch on a fresh line. */
  private mayBeTorn = false;
  private closed = false;
  /** Batches written so far (the benchmark and tests look at it). */
  batches = 0;
  /** Longest write + fsync so far (ms): what a slow disk adds to every ack. */
  slowestFlushMs = 0;

  constructor(
    readonly path: string,
    private readonly file: JournalFile,
    /** Carrying on a file whose last write was cut short: begin on a new line. */
    endsTorn = false,
  ) {
    this.mayBeTorn = endsTorn;
  }

  append(record: JournalRecord, flushed: Flushed): void {
    this.enqueue(JSON.stringify(record) + '\n', flushed);
  }

  /** Resolves when everything appended so far is flushed (or failed). */
  drain(): Promise<void> {
    return new Promise((resolve) => this.enqueue('', () => resolve()));
  }

  private enqueue(line: string, flushed: Flushed): void {
    if (this.closed) {
      flushed(new Error('The session journal is closed.'));
      return;
    }
    this.queue.push({ line, flushed });
    if (!this.flushing && !this.scheduled) {
      this.scheduled = true;
      // Let every message that arrived in this turn of the event loop join the batch.
      setImmediate(() => void this.flush());
    }
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    this.flushing = true;
    while (this.queue.length) {
      const batch = this.queue;
      this.queue = [];
      let error: Error | null = null;
      try {
        const lines = batch.map((entry) => entry.line).join('');
        if (lines) {
          const started = performance.now();
          await this.file.write((this.mayBeTorn ? '\n' : '') + lines);
          await this.file.datasync();
          this.mayBeTorn = false;
          this.batches += 1;
          this.slowestFlushMs = Math.max(this.slowestFlushMs, performance.now() - started);
        }
      } catch (cause) {
        this.mayBeTorn = true;
        error = cause instanceof Error ? cause : new Error(String(cause));
      }
      for (const entry of batch) entry.flushed(error);
    }
    this.flushing = false;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.drain();
    this.closed = true;
    await this.file.close();
  }

  /** Opens (creates) a session's journal and makes its directory entry durable too. */
  static async create(dataDir: string, name: string, openFile: OpenJournalFile): Promise<JournalWriter> {
    await mkdir(dataDir, { recursive: true });
    const path = join(dataDir, name);
    const file = await openFile(path);
    await syncDirectory(dataDir);
    return new JournalWriter(path, file);
  }
}

const JOURNAL_FILE = /^session-(\d{13})-([a-z0-9]+)\.jsonl$/;

export function journalFileName(startedAt: number, sessionId: string): string {
  return `session-${String(startedAt).padStart(13, '0')}-${sessionId}.jsonl`;
}

export interface ReadJournal {
  path: string;
  records: JournalRecord[];
  /** Lines that did not parse (a torn last write, a damaged disk): skipped, not fatal. */
  skipped: number;
  /** The file does not end with a newline: its last write was cut short. */
  endsTorn: boolean;
}

/** Reads a journal, skipping lines that do not parse. Null when there is no usable start record. */
export async function readJournal(
  path: string,
  warn: (message: string) => void,
): Promise<ReadJournal | null> {
  const text = await readFile(path, 'utf8');
  const records: JournalRecord[] = [];
  let skipped = 0;
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      data = undefined;
    }
    const parsed = journalRecordSchema.safeParse(data);
    if (parsed.success) {
      records.push(parsed.data);
    } else {
      skipped += 1;
      const where = index === lines.length - 1 ? 'its last line (a write cut short)' : `line ${index + 1}`;
      warn(`Journal ${path}: skipped ${where}, which is not a complete record.`);
    }
  });
  if (records[0]?.t !== 'start') {
    warn(`Journal ${path} has no session start record; it is ignored.`);
    return null;
  }
  return { path, records, skipped, endsTorn: text.length > 0 && !text.endsWith('\n') };
}

/** Journal files in the data folder, newest first. */
export async function listJournals(dataDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dataDir);
  } catch {
    return [];
  }
  return names
    .filter((name) => JOURNAL_FILE.test(name))
    .sort()
    .reverse()
    .map((name) => join(dataDir, name));
}

/** The newest session that did not end, if any: the one to carry on after a restart. */
export async function findUnfinishedSession(
  dataDir: string,
  warn: (message: string) => void,
): Promise<ReadJournal | null> {
  for (const path of await listJournals(dataDir)) {
    const journal = await readJournal(path, warn).catch((error: unknown) => {
      warn(`Journal ${path} could not be read: ${String(error)}`);
      return null;
    });
    if (!journal) continue;
    // Only the newest readable session counts: an older unfinished one was replaced by it.
    return journal.records.some((r) => r.t === 'end') ? null : journal;
  }
  return null;
}

export async function deleteJournals(dataDir: string): Promise<void> {
  for (const path of await listJournals(dataDir)) await rm(path, { force: true });
}
