import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { planWorkshop } from '../test/fixtures/planWorkshop';
import { withQuickQuestions } from '../test/fixtures/quickQuestions';
import { readWorkshopFile } from '../shared/workshop/file';
import type { Workshop } from '../shared/workshop/schema';
import { buildResults, quickQuestionResults } from '../shared/results/build';
import { tableCsv } from '../shared/results/csv';
import { resultsFileName, resultsTables, type ResultsTable } from '../shared/results/tables';
import { RESULTS_WORDS } from '../shared/results/words';
import { de } from '../shared/results/words/de';
import { en } from '../shared/results/words/en';
import { resultsSheets } from '../shared/results/xlsx';

/** A sample workshop of resources/samples, as the app reads it. */
function read(fileName: string): Workshop {
  const read = readWorkshopFile(
    readFileSync(join(import.meta.dirname, '../resources/samples', fileName), 'utf8'),
  );
  if (!read.ok) throw new Error(read.message);
  return read.workshop;
}

/** The sample workshop: every kind of activity, questions asked on the spot, and one result kept as totals only. */
const sample = (() => {
  const workshop = withQuickQuestions(read('northwind.outside-in.json'), 6);
  const [id, result] = Object.entries(workshop.results)[0]!;
  const { answers: _, ...totals } = result;
  return { ...workshop, results: { ...workshop.results, [id]: totals } };
})();

const inLanguage = (workshop: Workshop, language: string) => ({ ...workshop, language }) as Workshop;
const tablesOf = (workshop: Workshop) => resultsTables(buildResults(workshop));
const texts = (tables: ResultsTable[]) =>
  tables.flatMap((t) => [
    t.sheet,
    t.file,
    ...t.columns,
    ...t.rows.flat().filter((c) => typeof c === 'string'),
  ]);

/** The export's own English words and phrases: none may be left in a German book. */
const ENGLISH = [
  'Summary',
  'All items',
  'who answered',
  ' by dots',
  'voter',
  'leading:',
  'contested',
  'standard deviation',
  'middle half',
  'median in',
  'Quadrant: keep',
  'meets the basics',
  'fails the basics',
  'rated 0 (none)',
  'upvote',
  'Upvote',
  'list: ',
  'Statement',
  'Choice',
  'kept the totals',
  'Questions asked during the session',
];
const ENGLISH_CELLS = [/^\d+ of \d+$/, /^(yes|no|unsure)$/, /(^|; )(yes|no|unsure): \d/];
const englishIn = (tables: ResultsTable[]) =>
  texts(tables).filter((t) => ENGLISH.some((w) => t.includes(w)) || ENGLISH_CELLS.some((re) => re.test(t)));

describe('results in the workshop’s language', () => {
  const english = tablesOf(sample);
  const german = tablesOf(inLanguage(sample, 'de'));

  it('tells the English words apart: the English book has every one of them', () => {
    const all = texts(english);
    for (const word of ENGLISH)
      expect(
        all.some((t) => t.includes(word)),
        word,
      ).toBe(true);
    for (const re of ENGLISH_CELLS)
      expect(
        all.some((t) => re.test(t)),
        String(re),
      ).toBe(true);
  });

  it('writes a German workshop’s headers, sheet names and cell words in German, none in English', () => {
    expect(german[0]).toMatchObject({ sheet: 'Übersicht', file: 'Übersicht.csv' });
    expect(german[0]!.columns).toEqual(Object.values(de.summaryColumns));
    expect(german[0]!.columns).toContain('Teilnehmende gesamt');
    for (const table of german.slice(1)) expect(table.columns).toEqual(Object.values(de.answerColumns));
    expect(tableCsv(german[1]!).startsWith('\uFEFFPerson,Eintrag,Wert,Zeit (UTC),Probe\r\n')).toBe(true);
    expect(englishIn(german)).toEqual([]);
    // The same rows and numbers: only the words differ.
    expect(german.map((t) => t.rows.length)).toEqual(english.map((t) => t.rows.length));
    const numbers = (tables: ResultsTable[]) =>
      tables.map((t) => t.rows.map((r) => r.filter((c) => typeof c !== 'string')));
    expect(numbers(german)).toEqual(numbers(english));
    const cells = texts(german);
    expect(cells).toContain('Alle Einträge');
    expect(cells).toContain('Fragen während der Sitzung');
    expect(cells.some((t) => /^\d+ von \d+$/.test(t))).toBe(true);
    expect(cells.some((t) => /^ja: \d+; nein: \d+; unsicher: \d+/.test(t))).toBe(true);
    expect(cells.some((t) => /^mittlere Hälfte \d+(,\d+)?–\d+(,\d+)?; Median in /.test(t))).toBe(true);
    expect(cells.some((t) => / — erfüllt die Grundlagen$/.test(t))).toBe(true);
  });

  it('writes the German sample workshop without a word of the export in English', () => {
    const workshop = withQuickQuestions(read('northwind.de.outside-in.json'), 6);
    expect(workshop.language).toBe('de');
    const tables = tablesOf(workshop);
    expect(tables.length).toBeGreaterThan(8);
    expect(tables[0]!.columns).toEqual(Object.values(de.summaryColumns));
    expect(englishIn(tables)).toEqual([]);
  });

  it('finds the questions asked on the spot by their exercise, whatever their title reads', () => {
    const workshop = inLanguage(withQuickQuestions(planWorkshop({ initiatives: 3 }), 6), 'de');
    const asked = quickQuestionResults(workshop);
    expect(asked).toHaveLength(quickQuestionResults(inLanguage(workshop, 'en')).length);
    expect(asked.length).toBeGreaterThan(0);
    const quick = buildResults(workshop).summary.filter((r) => r.exercise === de.quickTitle);
    expect(new Set(quick.map((r) => r.activity)).size).toBe(asked.length);
  });

  it('writes the German XLSX with German sheet names and headers, and names the files in German', async () => {
    const book = buildResults(inLanguage(sample, 'de'));
    const sheets = await readXlsxFile(await writeXlsxFile(resultsSheets(book)).toBuffer());
    expect(sheets.map((s) => s.sheet)).toEqual(german.map((t) => t.sheet));
    expect(sheets[0]!.data[0]).toEqual(Object.values(de.summaryColumns));
    expect(resultsFileName('Q3: Sales', 'zip', 'de')).toBe('Q3 Sales – Ergebnisse (CSV).zip');
    expect(resultsFileName('', 'xlsx', 'fr')).toBe('Atelier – résultats.xlsx');
    expect(resultsFileName('Q3: Sales', 'xlsx', 'en')).toBe('Q3 Sales – results.xlsx');
  });

  it('gives an Arabic workshop the English book, as it gets the English PDF', () => {
    const arabic = tablesOf(inLanguage(sample, 'ar'));
    expect(arabic.map((t) => [t.columns, t.rows.length])).toEqual(
      english.map((t) => [t.columns, t.rows.length]),
    );
    expect(arabic[0]!.sheet).toBe('Summary');
    // Its activities' titles and items are Arabic content; the export's own words are the English ones.
    const found = (tables: ResultsTable[]) => ENGLISH.filter((w) => texts(tables).some((t) => t.includes(w)));
    expect(found(arabic)).toEqual(found(english));
    const fixed = (tables: ResultsTable[]) => tables[0]!.rows.map((r) => [r[2] === en.allItems, r[5], r[9]]);
    expect(fixed(arabic)).toEqual(fixed(english));
    expect(resultsFileName('Q3', 'zip', buildResults(inLanguage(sample, 'ar')).language)).toBe(
      'Q3 – results (CSV).zip',
    );
  });

  it('has in every language its own headers and a summary sheet name spreadsheet apps take', () => {
    for (const [language, words] of Object.entries(RESULTS_WORDS)) {
      const tables = tablesOf(inLanguage(sample, language));
      expect(tables[0]!.sheet, language).toBe(words.summary);
      expect(words.summary.length, language).toBeLessThanOrEqual(31);
      expect(words.summary, language).not.toMatch(/[[\]:*?/\\]/);
      if (language === 'en') continue;
      // A header may be a word both languages share ("Median", "Total"), but not most of them.
      const same = tables[0]!.columns.filter(
        (c, i) => c === en.summaryColumns[Object.keys(en.summaryColumns)[i] as 'item'],
      );
      expect(same.length, `${language}: ${same.join(', ')}`).toBeLessThanOrEqual(3);
    }
  });
});
