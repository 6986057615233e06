import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workshopArbitrary } from '../../test/fixtures/workshopArbitrary';
import { FILE_VERSION, readWorkshopFile, workshopFileName, writeWorkshopFile } from './file';
import { newWorkshop, workshopSchema } from './schema';

function refusal(text: string): string {
  const result = readWorkshopFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.message;
}

describe('workshop files', () => {
  it('gives back an identical workshop after export and import, for any workshop', () => {
    fc.assert(
      fc.property(workshopArbitrary, (workshop) => {
        expect(workshopSchema.safeParse(workshop).success).toBe(true);
        const read = readWorkshopFile(writeWorkshopFile(workshop));
        expect(read).toEqual({ ok: true, workshop });
      }),
      { numRuns: 150 },
    );
  });

  it('refuses a truncated file and says it was cut off', () => {
    const text = writeWorkshopFile(newWorkshop('Cut'));
    expect(refusal(text.slice(0, text.length / 2))).toMatch(/ends too early/);
  });

  it('refuses JSON from another program', () => {
    expect(refusal('{"name": "budget", "rows": []}')).toMatch(/not an Outside-In workshop file/);
  });

  it('refuses a file that is not JSON at all', () => {
    expect(refusal('PK\u0003\u0004 zip bytes')).toMatch(/not valid JSON/);
    expect(refusal('')).toMatch(/empty/);
  });

  it('refuses a file from a newer version and names both versions', () => {
    const text = writeWorkshopFile(newWorkshop('Future')).replace(
      `"version": ${FILE_VERSION}`,
      `"version": ${FILE_VERSION + 2}`,
    );
    expect(refusal(text)).toBe(
      `This file was made by a newer Outside-In (format ${FILE_VERSION + 2}); this version reads format ${FILE_VERSION}. Update Outside-In to open it.`,
    );
  });

  it('names each refusal by a code, so the console can word it in its own language', () => {
    const read = readWorkshopFile(
      writeWorkshopFile(newWorkshop('Future')).replace(`"version": ${FILE_VERSION}`, '"version": 9'),
    );
    expect(read).toMatchObject({ ok: false, refusal: { code: 'newer', version: 9, reads: FILE_VERSION } });
    expect(readWorkshopFile('  ')).toMatchObject({ refusal: { code: 'empty' } });
    expect(readWorkshopFile('{"format": "outside-in.workshop", "ver')).toMatchObject({
      refusal: { code: 'cut-off' },
    });
  });

  it('refuses a damaged workshop and says where the damage is', () => {
    const file = JSON.parse(writeWorkshopFile(newWorkshop('Damaged')));
    file.workshop.agenda[0].minutes = -5;
    expect(refusal(JSON.stringify(file))).toMatch(/damaged.*workshop › agenda › 0 › minutes/);
  });

  it('reads results with and without their answers, and refuses a damaged answer', () => {
    const result = {
      activityId: 'x:q',
      kind: 'scale-poll',
      closedAt: 5,
      participants: 2,
      answered: 1,
      tally: {},
    };
    const answers = [{ participant: 1, item: 'q1', value: 4, at: 5, practice: true as const }];
    const workshop = { ...newWorkshop('Answers'), results: { old: result, kept: { ...result, answers } } };
    expect(readWorkshopFile(writeWorkshopFile(workshop))).toEqual({ ok: true, workshop });
    const file = JSON.parse(writeWorkshopFile(workshop));
    file.workshop.results.kept.answers[0].participant = 0;
    expect(refusal(JSON.stringify(file))).toMatch(/results › kept › answers › 0 › participant/);
  });

  it('reads a file from before presenter notes and planned start times, and gives them no value', () => {
    // As Outside-In wrote it before notes and times existed.
    const text = JSON.stringify({
      format: 'outside-in.workshop',
      version: 1,
      exportedAt: '2025-11-20T09:00:00.000Z',
      app: 'Outside-In',
      workshop: {
        id: 'old',
        name: 'Harbour Bank',
        organisation: 'Harbour Bank',
        date: '2025-11-20',
        facilitator: 'Test',
        createdAt: 1763600000000,
        updatedAt: 1763600000000,
        agenda: [
          {
            id: 'def',
            type: 'definition',
            title: 'Definition',
            minutes: 15,
            meansPrompt: 'For us…',
            notMeansPrompt: 'It does NOT mean…',
            definition: { means: '', notMeans: '' },
          },
        ],
        initiatives: [],
        results: {},
      },
    });
    const read = readWorkshopFile(text);
    if (!read.ok) throw new Error(read.message);
    expect(read.workshop.plannedStart).toBeUndefined();
    expect(read.workshop.agenda.every((e) => e.notes === undefined)).toBe(true);
  });

  it('keeps presenter notes and the planned start, and refuses a start that is not a time', () => {
    const made = newWorkshop('Timed');
    const workshop = {
      ...made,
      plannedStart: '09:30',
      agenda: made.agenda.map((e, i) => ({ ...e, notes: `Say hello ${i}\nFlip chart, markers` })),
    };
    expect(readWorkshopFile(writeWorkshopFile(workshop))).toEqual({ ok: true, workshop });
    const file = JSON.parse(writeWorkshopFile(workshop));
    file.workshop.plannedStart = '9.30 am';
    expect(refusal(JSON.stringify(file))).toMatch(/workshop › plannedStart: a time of day as HH:MM/);
  });

  it('refuses an oversized file before parsing it', () => {
    expect(readWorkshopFile('{}', 50 * 1024 * 1024)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/50\.0 MB/),
    });
  });

  it('names files after the workshop without characters file systems refuse', () => {
    expect(workshopFileName({ name: 'Q3: Sales / Service "reset"' })).toBe(
      'Q3 Sales Service reset.outside-in.json',
    );
    expect(workshopFileName({ name: '///' })).toBe('workshop.outside-in.json');
  });
});
