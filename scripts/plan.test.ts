import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planWorkshop } from '../test/fixtures/planWorkshop';
import { BAND_LABELS, BANDS } from '../shared/continuum';
import { readWorkshopFile, writeWorkshopFile } from '../shared/workshop/file';
import { main } from './plan';

const samplesDir = join(import.meta.dirname, '../resources/samples');
const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.outside-in.json'));
const dir = mkdtempSync(join(tmpdir(), 'outside-in-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The PDF's text as a reader's search would see it: pdftotext, whitespace folded. */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)![1]);
}

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(args, { out: (t) => out.push(t), err: (t) => err.push(t) }).then((code) => ({
    code,
    out: out.join('\n'),
    err: err.join('\n'),
  }));
}

describe('npm run plan', () => {
  it('has a sample workshop to render', () => {
    expect(samples.length).toBeGreaterThan(0);
  });

  for (const sample of samples) {
    it(`renders ${sample} to a PDF whose text has the organisation, every initiative and the three bands`, async () => {
      const file = join(samplesDir, sample);
      const read = readWorkshopFile(readFileSync(file, 'utf8'));
      if (!read.ok) throw new Error(read.message);
      const pdf = join(dir, `${sample}.pdf`);
      const csv = join(dir, `${sample}.csv`);
      const result = await run([file, '--pdf', pdf, '--csv', csv]);
      expect(result.err).toBe('');
      expect(result.code).toBe(0);

      expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(pdf);
      expect(text).toContain(read.workshop.organisation);
      for (const initiative of read.workshop.initiatives)
        expect(text).toContain(initiative.title.replace(/\s+/g, ' '));
      for (const band of BANDS) expect(text).toContain(BAND_LABELS[band]);
      const pages = pdfPages(pdf);
      expect(text).toContain(`Page ${pages} of ${pages}`);

      const rows = readFileSync(csv, 'utf8').split('\r\n');
      expect(rows[0]!.startsWith('\uFEFFTitle,Band,Position')).toBe(true);
      expect(rows.filter(Boolean)).toHaveLength(read.workshop.initiatives.length + 1);
    });
  }

  it('embeds fonts for Greek, Cyrillic and Japanese text, and prints on US Letter', async () => {
    const workshop = planWorkshop({ initiatives: 3 });
    workshop.organisation = 'Ελληνική Εταιρεία Α.Ε.';
    workshop.initiatives[0]!.title = 'Λιγότερη γραφειοκρατία για τον πελάτη';
    workshop.initiatives[1]!.title = '顧客の声を毎週聞く';
    workshop.initiatives[2]!.title = 'Звонок клиенту в течение часа';
    const file = join(dir, 'intl.outside-in.json');
    writeFileSync(file, writeWorkshopFile(workshop));
    const pdf = join(dir, 'intl.pdf');
    expect((await run([file, '--pdf', pdf, '--paper', 'letter'])).code).toBe(0);

    const text = pdfText(pdf);
    expect(text).toContain('Ελληνική Εταιρεία Α.Ε.');
    for (const i of workshop.initiatives) expect(text).toContain(i.title);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSans/);
    expect(fonts).toMatch(/DroidSansFallback/);
  });

  it('refuses a damaged file with the file reader’s message and exit code 1', async () => {
    const file = join(dir, 'cut.outside-in.json');
    const whole = writeWorkshopFile(planWorkshop({ initiatives: 2 }));
    writeFileSync(file, whole.slice(0, whole.length / 2));
    const result = await run([file, '--pdf', join(dir, 'cut.pdf')]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('This file ends too early');

    const missing = await run([join(dir, 'nope.outside-in.json'), '--csv', join(dir, 'nope.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('There is no such file.');
  });

  it('prints the usage and exits with 2 when arguments are missing or wrong', async () => {
    for (const args of [
      [],
      ['only-a-file.json'],
      ['x.json', '--pdf'],
      ['x.json', '--csv', 'a.csv', '--paper', 'A3'],
    ]) {
      const result = await run(args);
      expect(result.code).toBe(2);
      expect(result.err).toContain('Usage: npm run plan --');
    }
  });
});
