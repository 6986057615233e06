import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfText } from '../test/fixtures/pdfText';
import { afterAll, describe, expect, it } from 'vitest';
import { planWorkshop, seeded } from '../test/fixtures/planWorkshop';
import { QUICK_ASKED, withQuickQuestions } from '../test/fixtures/quickQuestions';
import { buildPlan } from '../shared/plan';
import { BAND_LABELS, BANDS } from '../shared/continuum';
import { planLanguage } from '../shared/plan/language';
import { planWords } from '../shared/plan/words';
import { readWorkshopFile, writeWorkshopFile } from '../shared/workshop/file';
import { findExercise, newWorkshop, type Workshop } from '../shared/workshop/schema';
import { main } from './plan';

const samplesDir = join(import.meta.dirname, '../resources/samples');
const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.outside-in.json'));
const dir = mkdtempSync(join(tmpdir(), 'outside-in-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
      const sizes = () =>
        execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' }).match(
          /Page +\d+ size:.*/g,
        )!;
      expect(result.err).toBe('');
      expect(result.code).toBe(0);

      expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(pdf);
      expect(text).toContain(read.workshop.organisation);
      for (const initiative of read.workshop.initiatives)
        expect(text).toContain(initiative.title.replace(/\s+/g, ' '));
      // Each sample in its own language (the German sample prints a German plan).
      const words = planWords(planLanguage(read.workshop));
      for (const band of BANDS) expect(text).toContain(words.bands[band]);
      const pages = pdfPages(pdf);
      expect(text).toContain(words.pageOf(pages, pages));
      for (const size of sizes()) expect(size).toMatch(/595.28 x 841.89 pts \(A4\)/);
      // Page 1 leads with the summary; the journey has its own section.
      const first = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', pdf, '-'], {
        encoding: 'utf8',
      });
      expect(first).toMatch(new RegExp(`^${words.summary}$`, 'm'));
      expect(text).toContain(words.journeyTitle);

      const rows = readFileSync(csv, 'utf8').split('\r\n');
      expect(rows[0]!.startsWith(`\uFEFF${words.csv.slice(0, 4).join(',')}`)).toBe(true);
      expect(rows.filter(Boolean)).toHaveLength(read.workshop.initiatives.length + 1);
    });
  }

  it('prints the questions asked during the session in their own section, as the results export reads them', async () => {
    const workshop = withQuickQuestions(planWorkshop({ initiatives: 3 }), 6);
    const file = join(dir, 'quick.outside-in.json');
    writeFileSync(file, writeWorkshopFile(workshop));
    const pdf = join(dir, 'quick.pdf');
    expect((await run([file, '--pdf', pdf])).code).toBe(0);
    const text = pdfText(pdf);
    const section = text.slice(text.lastIndexOf('Questions asked during the session'));
    for (const q of QUICK_ASKED) expect(section).toContain(q.question);
    const plan = buildPlan(workshop, { paper: 'A4' });
    for (const q of plan.quickQuestions) {
      expect(section).toContain(`${q.answered} of ${q.participants} answered`);
      for (const row of q.rows) expect(section).toContain(row.result);
    }
  });

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
    const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' }).match(
      /Page +\d+ size:.*/g,
    )!;
    expect(sizes.length).toBe(pdfPages(pdf));
    for (const size of sizes) expect(size).toMatch(/612 x 792 pts \(letter\)/);
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSans/);
    expect(fonts).toMatch(/DroidSansFallback/);
  });

  it('keeps every page’s text clear of the footer, with cards and with the table of a large plan', async () => {
    const words =
      'customer burden billing contact centre director quarterly onboarding peer-to-peer visits measure reward hire'.split(
        ' ',
      );
    const random = seeded(11);
    const prose = (n: number) =>
      Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ');
    for (const count of [24, 90]) {
      const workshop = planWorkshop({ initiatives: count, seed: count });
      for (const i of workshop.initiatives) {
        i.title = prose(3 + Math.floor(random() * 14)).slice(0, 160);
        i.description = prose(Math.floor(random() * 60));
        i.nextStep = prose(Math.floor(random() * 40));
        i.customerMetric = prose(Math.floor(random() * 12)).slice(0, 200);
        i.owner = prose(Math.floor(random() * 5));
      }
      const file = join(dir, `long-${count}.outside-in.json`);
      writeFileSync(file, writeWorkshopFile(workshop));
      const pdf = join(dir, `long-${count}.pdf`);
      expect((await run([file, '--pdf', pdf])).code).toBe(0);

      const bbox = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
      let pageHeight = 0;
      let page = 0;
      const intruders: string[] = [];
      for (const line of bbox.split('\n')) {
        const p = /<page width="[\d.]+" height="([\d.]+)"/.exec(line);
        if (p) {
          pageHeight = Number(p[1]);
          page += 1;
          continue;
        }
        const w = /yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</.exec(line);
        if (!w) continue;
        const [yMin, yMax] = [Number(w[1]), Number(w[2])];
        // Body text ends above the bottom margin (62 pt); the footer starts well below it.
        const inBody = yMax <= pageHeight - 62 + 2;
        const inFooter = yMin >= pageHeight - 42;
        if (!inBody && !inFooter)
          intruders.push(`page ${page}: "${w[3]}" at ${yMin.toFixed(0)}–${yMax.toFixed(0)}`);
      }
      expect(intruders).toEqual([]);
      // Content that outgrew its page would stretch the page: every page is still A4.
      const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' }).match(
        /Page +\d+ size:.*/g,
      )!;
      expect(sizes.filter((size) => !/595.28 x 841.89 pts \(A4\)/.test(size))).toEqual([]);
      // Every initiative got its number in the list (tables interleave columns, so titles are not read whole).
      expect(page).toBeGreaterThan(4);
    }
  }, 180_000);

  it('renders a workshop that has not been run yet, without a facilitator or a date', async () => {
    const workshop = newWorkshop('Planning session', 1_790_000_000_000);
    workshop.date = '';
    workshop.facilitator = '';
    const file = join(dir, 'not-run.outside-in.json');
    writeFileSync(file, writeWorkshopFile(workshop));
    const pdf = join(dir, 'not-run.pdf');
    const result = await run([file, '--pdf', pdf]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);

    const text = pdfText(pdf);
    expect(text).toContain('Not run yet: this exercise has no results in this workshop.');
    expect(text).toContain('No initiative has been placed on the line yet.');
    for (const band of BANDS) expect(text).toContain(BAND_LABELS[band]);
    const pages = pdfPages(pdf);
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });

  it('prints the practice notice on the summary page and on each part built on practice answers, and nowhere for a real room', async () => {
    const notice = 'Includes simulated practice answers — not the room’s votes.';
    const render = async (name: string, practiceOf: (id: string, w: Workshop) => boolean) => {
      const workshop = planWorkshop({ initiatives: 6 });
      for (const [id, r] of Object.entries(workshop.results)) if (practiceOf(id, workshop)) r.practice = 8;
      const file = join(dir, `${name}.outside-in.json`);
      writeFileSync(file, writeWorkshopFile(workshop));
      const pdf = join(dir, `${name}.pdf`);
      expect((await run([file, '--pdf', pdf])).code).toBe(0);
      const cover = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', pdf, '-'], {
        encoding: 'utf8',
      }).replace(/\s+/g, ' ');
      return { workshop, cover, text: pdfText(pdf), times: pdfText(pdf).split(notice).length - 1 };
    };

    const real = await render('real-room', () => false);
    expect(real.times).toBe(0);
    expect(real.text).not.toContain('practice');

    const rehearsed = await render('rehearsed', () => true);
    expect(rehearsed.cover).toContain(notice);
    expect(rehearsed.cover).toContain('the centricity check scores');
    expect(rehearsed.cover).toContain('the simplification ratings');
    // Summary + centricity, journey, continuum, initiatives, push/pull, simplification, the own exercise (the team wrote its own definition).
    expect(rehearsed.times).toBe(8);

    const simplifyOnly = await render('simplify-practice', (id, w) =>
      id.startsWith(`${findExercise(w, 'simplify')!.id}:`),
    );
    expect(simplifyOnly.cover).toContain('practice room: the simplification ratings. Each is marked');
    expect(simplifyOnly.times).toBe(2);
    // The notice sits under the simplification heading, after the push/pull table.
    const at = simplifyOnly.text.lastIndexOf(notice);
    expect(simplifyOnly.text.lastIndexOf('Offering simplification', at)).toBeGreaterThan(
      simplifyOnly.text.indexOf('Product push or customer pull'),
    );
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
