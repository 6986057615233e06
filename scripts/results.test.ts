import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, describe, expect, it } from 'vitest';
import { activitiesOf } from '../shared/exercises/activities';
import { readWorkshopFile, writeWorkshopFile } from '../shared/workshop/file';
import { newWorkshop } from '../shared/workshop/schema';
import { main } from './results';

const sampleFile = join(import.meta.dirname, '../resources/samples/northwind.outside-in.json');
const dir = mkdtempSync(join(tmpdir(), 'outside-in-results-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const sample = (() => {
  const read = readWorkshopFile(readFileSync(sampleFile, 'utf8'));
  if (!read.ok) throw new Error(read.message);
  return read.workshop;
})();

/** Worked out from the workshop's answers here, not with the app's statistics. */
const average = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('npm run results', () => {
  it('writes the sample as XLSX and CSV whose numbers are those of the workshop’s answers', async () => {
    const xlsx = join(dir, 'sample.xlsx');
    const csv = join(dir, 'sample-csv');
    const result = await run([sampleFile, '--xlsx', xlsx, '--csv', csv]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('8 activities');

    const sheets = await readXlsxFile(readFileSync(xlsx));
    const files = readdirSync(csv).sort();
    expect(files).toHaveLength(sheets.length);
    const csvOf = (name: string) =>
      parse(readFileSync(join(csv, name), 'utf8'), { bom: true, cast: false }) as string[][];
    // The CSV says what the XLSX says, cell for cell (numbers as text, times as ISO text).
    for (const sheet of sheets) {
      const rows = csvOf(files.find((f) => f.startsWith(sheet.sheet.slice(0, 2)))!);
      if (sheet.sheet === 'Summary') continue;
      expect(rows.length, sheet.sheet).toBe(sheet.data.length);
      sheet.data.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell instanceof Date)
            expect(Math.abs(cell.getTime() - Date.parse(rows[r]![c]!)), sheet.sheet).toBeLessThanOrEqual(1);
          else expect(rows[r]![c], sheet.sheet).toBe(cell === null ? '' : String(cell));
        }),
      );
    }
    const summary = sheets[0]!.data;
    expect(summary[0]).toEqual(csvOf('Summary.csv')[0]);
    const column = (name: string) => summary[0]!.indexOf(name);

    const specs = sample.agenda.flatMap((e) => activitiesOf(e, sample));
    expect(sheets).toHaveLength(specs.length + 1);
    specs.forEach((spec, i) => expect(sheets[i + 1]!.sheet).toContain(spec.title.slice(0, 12)));
    for (const [index, spec] of specs.entries()) {
      const answers = sample.results[spec.id]!.answers!;
      const data = sheets[index + 1]!.data.slice(1);
      // Every participant who answered, by number, and no one else.
      expect(new Set(data.map((row) => row[0])), spec.id).toEqual(new Set(answers.map((a) => a.participant)));
      expect(
        data.every((row) => row[4] === 'no'),
        spec.id,
      ).toBe(true);
    }

    // Centricity check: each question's answers and mean, from the raw answers.
    const check = specs.find((s) => s.kind === 'scale-poll')!;
    const questions = (check.config as { items: { id: string; label: string }[] }).items;
    for (const question of questions) {
      const values = sample.results[check.id]!.answers!.filter((a) => a.item === question.id).map(
        (a) => a.value as number,
      );
      const row = summary.find((r) => r[column('Item')] === question.label)!;
      expect(row[column('Answers')]).toBe(values.length);
      expect(row[column('Of participants')]).toBe(14);
      expect(row[column('Answered')]).toBe(`${values.length} of 14`);
      expect(Math.abs((row[column('Mean')] as number) - average(values))).toBeLessThanOrEqual(0.005);
    }
    // Continuum: each initiative's median position from the raw placements.
    const placement = specs.find((s) => s.kind === 'continuum-placement')!;
    for (const item of (placement.config as { items: { id: string; label: string }[] }).items) {
      const values = sample.results[placement.id]!.answers!.filter((a) => a.item === item.id)
        .map((a) => a.value as number)
        .sort((a, b) => a - b);
      const mid = (values.length - 1) / 2;
      const median = (values[Math.floor(mid)]! + values[Math.ceil(mid)]!) / 2;
      const row = summary.find(
        (r) => r[column('Activity')] === placement.title && r[column('Item')] === item.label,
      )!;
      expect(Math.abs((row[column('Median')] as number) - median), item.label).toBeLessThanOrEqual(0.005);
    }
    // Dot voting: each initiative's dots, summed from the raw answers.
    const dots = specs.find((s) => s.kind === 'dot-voting')!;
    for (const item of (dots.config as { options: { id: string; label: string }[] }).options) {
      const given = sample.results[dots.id]!.answers!.filter((a) => a.item === item.id).reduce(
        (sum, a) => sum + (a.value as number),
        0,
      );
      const row = summary.find(
        (r) => r[column('Activity')] === dots.title && r[column('Item')] === item.label,
      )!;
      expect(row[column('Total')], item.label).toBe(given);
    }
  });

  it('refuses bad input with a clear message and writes nothing', async () => {
    const damaged = join(dir, 'damaged.outside-in.json');
    writeFileSync(damaged, writeWorkshopFile(newWorkshop('Damaged')).slice(0, 200));
    const empty = join(dir, 'empty.outside-in.json');
    writeFileSync(empty, writeWorkshopFile(newWorkshop('No session yet')));
    const aFile = join(dir, 'a-file.txt');
    writeFileSync(aFile, 'not a folder');
    const cases: Array<[string[], RegExp]> = [
      [[join(dir, 'missing.outside-in.json')], /no such file/],
      [[damaged], /ends too early/],
      [[empty], /no results yet/],
      [[sampleFile, '--csv', aFile, '--xlsx-ignored'], /Unknown option/],
      [[sampleFile, '--csv', aFile], /is a file, not a folder/],
      [
        [sampleFile, '--csv', join(dir, 'made-then-gone'), '--xlsx', join(dir, 'no-such-folder', 'r.xlsx')],
        /Nothing written/,
      ],
    ];
    for (const [args, message] of cases) {
      const out = join(dir, 'bad.xlsx');
      const result = await run(args.length === 1 ? [...args, '--xlsx', out] : args);
      expect(result.code, args.join(' ')).toBeGreaterThan(0);
      expect(result.err).toMatch(message);
      expect(existsSync(out)).toBe(false);
    }
    expect(existsSync(join(dir, 'made-then-gone'))).toBe(false);
    expect(readFileSync(aFile, 'utf8')).toBe('not a folder');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('runs as npm run results: exit 0 with files, exit 1 with the reason and none', () => {
    const csv = join(dir, 'npm-csv');
    const ok = spawnSync('npm', ['run', '-s', 'results', '--', sampleFile, '--csv', csv], {
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(readdirSync(csv)).toContain('Summary.csv');
    const bad = spawnSync(
      'npm',
      ['run', '-s', 'results', '--', join(dir, 'nope.json'), '--csv', join(dir, 'none')],
      {
        encoding: 'utf8',
      },
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('nope.json: There is no such file.');
    expect(existsSync(join(dir, 'none'))).toBe(false);
  }, 60_000); // two npm runs, each starting tsx: slow on a busy machine
});
