import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfText } from '../test/fixtures/pdfText';
import { afterAll, describe, expect, it } from 'vitest';
import type { Language } from '../shared/languages';
import { CSV_COLUMNS } from '../shared/plan/csv';
import { PLAN_WORDS } from '../shared/plan/words';
import { readWorkshopFile, writeWorkshopFile } from '../shared/workshop/file';
import { buildRunSheet, runSheetCsv, runSheetFileName } from '../shared/workshop/runSheet';
import { planFileName } from '../shared/plan/fileName';
import { planWorkshop } from '../test/fixtures/planWorkshop';
import { main } from './plan';

const sample = join(import.meta.dirname, '../resources/samples/northwind.outside-in.json');
const dir = mkdtempSync(join(tmpdir(), 'outside-in-plan-language-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The sample workshop in `language`, rendered by the CLI to a PDF and a CSV. */
async function rendered(language: Language | null) {
  const read = readWorkshopFile(readFileSync(sample, 'utf8'));
  if (!read.ok) throw new Error(read.message);
  const { language: _, ...english } = read.workshop;
  const workshop = language ? { ...english, language } : english;
  const name = language ?? 'none';
  const file = join(dir, `${name}.outside-in.json`);
  writeFileSync(file, writeWorkshopFile(workshop));
  const pdf = join(dir, `${name}.pdf`);
  const csv = join(dir, `${name}.csv`);
  const sheet = join(dir, `${name}-run-sheet.pdf`);
  const quiet = { out: () => {}, err: () => {} };
  const code = await main([file, '--pdf', pdf, '--csv', csv, '--run-sheet', sheet], quiet);
  expect(code).toBe(0);
  const raw = readFileSync(pdf).toString('latin1');
  const header = readFileSync(csv, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n')[0]!;
  const lang = /\/Lang \(([^)]*)\)/.exec(raw)?.[1];
  return { text: pdfText(pdf), lang, header, runSheet: pdfText(sheet) };
}

describe('the plan in the workshop’s language', () => {
  it('writes a German workshop’s PDF and CSV headers in German, and says so in /Lang', async () => {
    const { text, lang, header } = await rendered('de');
    expect(lang).toBe('de');
    for (const heading of [
      'AKTIONSPLAN KUNDENORIENTIERUNG',
      'Zusammenfassung',
      'Wichtigste Prioritäten, meiste Punkte zuerst',
      'Wo unsere Initiativen stehen',
      'Initiativen nach Bereich, meiste Punkte zuerst',
      'Symbolisch',
      'Prozesse & Regeln',
      'Substanziell',
      'Seite 1 von',
      '2. November 2026',
    ])
      expect(text).toContain(heading);
    expect(text).not.toContain('Summary');
    expect(text).not.toContain('Page 1 of');
    expect(header.split(',')).toEqual([...PLAN_WORDS.de.csv]);
    expect(header).toContain('Verantwortlich');
  });

  it('writes the cells of a large plan’s initiative table in German too', async () => {
    // Above 40 initiatives the plan lists them in a table; a third of these are not placed.
    const workshop = { ...planWorkshop({ initiatives: 45 }), language: 'de' as const };
    const file = join(dir, 'table-de.outside-in.json');
    const pdf = join(dir, 'table-de.pdf');
    writeFileSync(file, writeWorkshopFile(workshop));
    expect(await main([file, '--pdf', pdf], { out: () => {}, err: () => {} })).toBe(0);
    const text = pdfText(pdf);
    expect(text).toContain('nicht eingeordnet');
    expect(text).toMatch(/Median \d+/);
    expect(text).toMatch(/\d Punkte?\b/);
    expect(text).not.toMatch(/\bnot placed\b|\bmedian \d|\d dots?\b/);
  });

  it('writes a German workshop’s run sheet in German', async () => {
    const { runSheet } = await rendered('de');
    for (const words of [
      'So nehmen die Teilnehmenden teil',
      'Agenda',
      'UHRZEIT',
      'Seite 1 von',
      '2. November 2026',
    ])
      expect(runSheet).toContain(words);
    expect(runSheet).not.toContain('How participants join');
    // Exercise types and activity kinds are named as the German console names them.
    expect(runSheet).toContain('Kundenorientierungs-Check · live:');
    expect(runSheet).toContain('(Skalenfrage)');
    for (const english of [
      '(scale poll)',
      '(multiple choice)',
      'Burden journey ·',
      'Offering simplification ·',
    ])
      expect(runSheet).not.toContain(english);
  });

  it('heads the run sheet’s CSV and names the saved files in the workshop’s language', () => {
    const read = readWorkshopFile(readFileSync(sample, 'utf8'));
    if (!read.ok) throw new Error(read.message);
    const german = { ...read.workshop, language: 'de' as const };
    const header = runSheetCsv(buildRunSheet(german, 'A4'))
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0];
    expect(header).toBe('#,Beginn,Ende,Minuten,Übung,Art,Live-Aktivitäten,Notizen');
    expect(runSheetFileName(german)).toMatch(/ – Ablaufplan\.pdf$/);
    expect(planFileName(german, 'csv')).toMatch(/ – Aktionsplan\.csv$/);
    const { language: _, ...english } = read.workshop;
    expect(runSheetFileName(english)).toMatch(/ – run sheet\.pdf$/);
    expect(planFileName(english, 'pdf')).toMatch(/ – action plan\.pdf$/);
  });

  it('keeps an English workshop’s plan in English', async () => {
    const { text, lang, header } = await rendered(null);
    expect(lang).toBe('en');
    for (const heading of ['CUSTOMER-CENTRICITY ACTION PLAN', 'Summary', 'Process & policy', 'Page 1 of'])
      expect(text).toContain(heading);
    expect(header.split(',')).toEqual([...CSV_COLUMNS]);
  });

  it('gives an Arabic workshop the English plan, tagged English', async () => {
    const { text, lang } = await rendered('ar');
    expect(lang).toBe('en');
    expect(text).toContain('Summary');
  });

  it('has one CSV header per column in every language, none blank', () => {
    for (const words of Object.values(PLAN_WORDS)) {
      expect(words.csv).toHaveLength(CSV_COLUMNS.length);
      expect(words.csv.every((h) => h.trim() !== '')).toBe(true);
    }
  });
});
