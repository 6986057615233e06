import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  JournalWriter,
  journalFileName,
  listJournals,
  openJournalFile,
  readJournal,
  type JournalFile,
} from './journal';
import { tempDir } from './testing/fixtures';

const answer = (i: number) => ({
  t: 'answer' as const,
  at: i,
  participantId: `p${i}`,
  activityId: 'a',
  itemId: 'q',
  clientAnswerId: `c${i}`,
  value: i,
});

function recordingFile(): JournalFile & { writes: string[]; syncs: number; failNext: boolean } {
  const file = {
    writes: [] as string[],
    syncs: 0,
    failNext: false,
    async write(data: string) {
      if (file.failNext) {
        file.failNext = false;
        file.writes.push(data.slice(0, 10)); // half a write reached the disk
        throw new Error('EIO: i/o error');
      }
      file.writes.push(data);
    },
    async datasync() {
      file.syncs += 1;
    },
    async close() {},
  };
  return file;
}

describe('JournalWriter', () => {
  it('writes records that arrive together in one batch, and calls back in order after the fsync', async () => {
    const file = recordingFile();
    const journal = new JournalWriter('x', file);
    const order: number[] = [];
    await new Promise<void>((resolve) => {
      for (let i = 0; i < 100; i++) {
        journal.append(answer(i), (error) => {
          expect(error).toBeNull();
          expect(file.syncs).toBeGreaterThan(0);
          order.push(i);
          if (i === 99) resolve();
        });
      }
    });
    expect(order).toEqual([...Array(100).keys()]);
    expect(file.syncs).toBe(1);
    expect(file.writes[0]!.split('\n')).toHaveLength(101);
  });

  it('reports a failed write to every record of the batch, and starts the next batch on a new line', async () => {
    const file = recordingFile();
    const journal = new JournalWriter('x', file);
    file.failNext = true;
    const errors = await Promise.all(
      [1, 2].map((i) => new Promise<Error | null>((resolve) => journal.append(answer(i), resolve))),
    );
    expect(errors.map((e) => e?.message)).toEqual(['EIO: i/o error', 'EIO: i/o error']);
    await new Promise((resolve) => journal.append(answer(3), resolve));
    expect(file.writes[1]!.startsWith('\n{"t":"answer"')).toBe(true);
  });

  it('round-trips through a real file and skips a damaged line in the middle', async () => {
    const dir = await tempDir();
    const writer = await JournalWriter.create(dir, journalFileName(Date.now(), 'abc'), openJournalFile);
    const start = {
      t: 'start' as const,
      v: 1,
      at: 1,
      sessionId: 'abc',
      code: 'ABCDE',
      workshopId: 'w',
      workshopName: 'W',
      activities: [],
    };
    for (const record of [start, answer(1), answer(2)]) await new Promise((r) => writer.append(record, r));
    await writer.close();
    const [path] = await listJournals(dir);
    expect(path).toMatch(/session-\d{13}-abc\.jsonl$/);
    const text = await readFile(path!, 'utf8');
    const lines = text.split('\n');
    lines[1] = lines[1]!.slice(0, 20);
    await writeFile(path!, lines.join('\n'));
    const warnings: string[] = [];
    const read = await readJournal(path!, (w) => warnings.push(w));
    expect(read?.records.map((r) => r.t)).toEqual(['start', 'answer']);
    expect(read?.skipped).toBe(1);
    expect(warnings[0]).toMatch(/line 2/);
  });

  it.skipIf(!existsSync('/dev/full'))(
    'reports a full disk (Linux /dev/full) instead of acknowledging',
    async () => {
      const journal = new JournalWriter('/dev/full', await openJournalFile('/dev/full'));
      const error = await new Promise<Error | null>((resolve) => journal.append(answer(1), resolve));
      expect(error?.message).toMatch(/ENOSPC/);
    },
  );
});
