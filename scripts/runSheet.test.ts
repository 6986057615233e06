import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfText } from '../test/fixtures/pdfText';
import { afterAll, describe, expect, it } from 'vitest';
import { qpdfJson } from '../test/fixtures/pdfReader';
import { elements, pageMarks, structureTree } from '../test/fixtures/pdfStructure';
import { writeWorkshopFile } from '../shared/workshop/file';
import { newWorkshop, type Workshop } from '../shared/workshop/schema';
import { main } from './plan';

const dir = mkdtempSync(join(tmpdir(), 'outside-in-run-sheet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pageSizes(path: string): string[] {
  return execFileSync('pdfinfo', ['-f', '1', '-l', '999', path], { encoding: 'utf8' }).match(
    /Page +\d+ size:.*/g,
  )!;
}

function saved(workshop: Workshop): string {
  const file = join(dir, `${workshop.id}.outside-in.json`);
  writeFileSync(file, writeWorkshopFile(workshop));
  return file;
}

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run plan -- --run-sheet', () => {
  it('prints the agenda with start times, durations, the presenter notes and how to join, on Letter', async () => {
    const made = newWorkshop('Harbour Bank kick-off');
    const workshop: Workshop = {
      ...made,
      organisation: 'Harbour Bank',
      plannedStart: '09:30',
      agenda: made.agenda.map((e, k) => ({
        ...e,
        notes: `Note ${k + 1}: ask the room first. Matériel : post-its, 3 feutres`,
      })),
    };
    const pdf = join(dir, 'letter.pdf');
    const result = await run([saved(workshop), '--run-sheet', pdf, '--paper', 'Letter']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('run sheet, Letter');
    const text = pdfText(pdf);
    // 10, 15, 20, 20, 25 and 30 minutes from 09:30.
    for (const times of [
      '09:30–09:40',
      '09:40–09:55',
      '09:55–10:15',
      '10:15–10:35',
      '10:35–11:00',
      '11:00–11:30',
    ])
      expect(text).toContain(times);
    for (const e of workshop.agenda) {
      expect(text).toContain(e.title);
      expect(text).toContain(`${e.minutes} min`);
      expect(text).toContain(e.notes);
    }
    expect(text).toContain('09:30–11:30 · 2 h');
    expect(text).toContain('How participants join');
    expect(text).toContain('join code');
    expect(pageSizes(pdf).every((s) => s.includes('612 x 792'))).toBe(true);
  });

  it('counts from the start without a start time, and keeps every note of a long agenda across pages, on A4', async () => {
    const made = newWorkshop('Long day');
    const long = 'Say why this matters, then let the room talk in pairs before anyone votes. '.repeat(6);
    const agenda = Array.from({ length: 4 }, (_, round) =>
      made.agenda.map((e, k) => ({
        ...e,
        id: `${e.id}-${round}`,
        notes: `Round ${round + 1} item ${k + 1}. ${long}`,
      })),
    ).flat();
    const pdf = join(dir, 'a4.pdf');
    const result = await run([saved({ ...made, agenda }), '--run-sheet', pdf]);
    expect(result.code).toBe(0);
    const text = pdfText(pdf);
    expect(text).toContain('No start time is set');
    expect(text).toContain('0:00–0:10');
    for (const e of agenda) expect(text).toContain(e.notes.trim());
    const sizes = pageSizes(pdf);
    expect(sizes.length).toBeGreaterThan(1);
    expect(sizes.every((s) => s.includes('595.28 x 841.89'))).toBe(true);
    expect(text).toContain(`Page ${sizes.length} of ${sizes.length}`);
  });

  it('is tagged like the plan: every mark in the tree or an artifact, one H1, the agenda a table', async () => {
    const made = newWorkshop('Tagged');
    const pdf = join(dir, 'tagged.pdf');
    const workshop = { ...made, agenda: made.agenda.map((e) => ({ ...e, notes: 'Flip chart' })) };
    expect((await run([saved(workshop), '--run-sheet', pdf])).code).toBe(0);
    execFileSync('qpdf', ['--check', pdf]);
    const objects = qpdfJson(pdf).qpdf[1];
    const marks = pageMarks(objects);
    expect(marks.flatMap((m) => m.unmarked)).toEqual([]);
    expect(marks.flatMap((m) => m.nested)).toEqual([]);
    const roles = elements(structureTree(objects)).map((e) => e.role);
    expect(roles.filter((r) => r === 'H1')).toHaveLength(1);
    expect(roles.filter((r) => r === 'H2')).toHaveLength(2);
    expect(roles.filter((r) => r === 'TH')).toHaveLength(3);
    expect(roles.filter((r) => r === 'TR')).toHaveLength(workshop.agenda.length + 1);
    expect(roles.filter((r) => r === 'LI')).toHaveLength(3);
  });

  it('names --run-sheet when nothing to make is given', async () => {
    const result = await run([saved(newWorkshop('Nothing'))]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--run-sheet FILE');
  });
});
