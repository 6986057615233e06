import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { newWorkshop, type Workshop } from '../workshop/schema';
import { buildResults } from './build';
import { tableCsv } from './csv';
import { ANSWER_COLUMNS, resultsFileName, resultsTables, SUMMARY_COLUMNS } from './tables';
import { resultsSheets } from './xlsx';

/** An open-text activity whose statements try to be formulas, and a poll with decimals. */
function trickyWorkshop(title = 'Definition'): Workshop {
  const workshop = newWorkshop('Tricky');
  const at = Date.UTC(2026, 10, 2, 9, 30, 15, 250);
  const result = (id: string, answers: NonNullable<Workshop['results'][string]['answers']>) => ({
    activityId: id,
    kind: 'open-text',
    closedAt: at,
    participants: 2,
    answered: 2,
    tally: {
      lists: [{ id: 'means', statements: [{ id: 's1', text: '=HYPERLINK("x")', upvotes: 1 }] }],
      statements: 1,
      writers: 1,
    },
    answers,
  });
  return {
    ...workshop,
    results: {
      [`a:${title}`]: result(`a:${title}`, [
        { participant: 1, item: 's:s1', value: { list: 'means', text: '=HYPERLINK("x")' }, at },
        { participant: 2, item: 'u:s1', value: true, at: at + 1, practice: true },
      ]),
      [`b:${title}`]: result(`b:${title}`, [
        { participant: 1, item: 's:s2', value: { list: 'means', text: 'Line one,\n"two"' }, at },
      ]),
    },
  };
}

describe('results files', () => {
  it('writes CSV like the plan: BOM, CRLF, quoted fields, formulas defused, ISO times', () => {
    const tables = resultsTables(buildResults(trickyWorkshop()));
    expect(tables.map((t) => t.file)).toEqual(['Summary.csv', '01 a Definition.csv', '02 b Definition.csv']);
    const text = tableCsv(tables[1]!);
    expect(text.startsWith('\uFEFFParticipant,Item,Value,Time (UTC),Practice\r\n')).toBe(true);
    const rows = parse(text, { bom: true }) as string[][];
    expect(rows).toEqual([
      [...ANSWER_COLUMNS],
      ['1', 'Statement: means', `'=HYPERLINK("x")`, '2026-11-02T09:30:15.250Z', 'no'],
      ['2', `Upvote: =HYPERLINK("x")`, 'upvoted', '2026-11-02T09:30:15.251Z', 'yes'],
    ]);
    const other = parse(tableCsv(tables[2]!), { bom: true }) as string[][];
    expect(other[1]![2]).toBe('Line one,\n"two"');
    const summary = parse(tableCsv(tables[0]!), { bom: true }) as string[][];
    expect(summary[0]).toEqual([...SUMMARY_COLUMNS]);
    expect(summary[2]![2]).toBe(`'=HYPERLINK("x")`);
  });

  it('writes an XLSX that reads back with the same cells, a sheet per table', async () => {
    const book = buildResults(trickyWorkshop());
    const bytes = await writeXlsxFile(resultsSheets(book)).toBuffer();
    const sheets = await readXlsxFile(bytes);
    const tables = resultsTables(book);
    expect(sheets.map((s) => s.sheet)).toEqual(tables.map((t) => t.sheet));
    // A spreadsheet keeps time as a fraction of a day: exact to the millisecond, give or take one.
    const data = sheets[1]!.data.map((row) =>
      row.map((c) => (c instanceof Date ? Math.round(c.getTime() / 10) : c)),
    );
    const at = Date.UTC(2026, 10, 2, 9, 30, 15, 250) / 10;
    expect(data).toEqual([
      [...ANSWER_COLUMNS],
      [1, 'Statement: means', '=HYPERLINK("x")', Math.round(at), 'no'],
      [2, 'Upvote: =HYPERLINK("x")', 'upvoted', Math.round(at + 0.1), 'yes'],
    ]);
    expect(sheets[0]!.data[1]).toEqual(tables[0]!.rows[0]!.map((c) => (c === '' ? null : c)));
  });

  it('names sheets and files so spreadsheet apps and file systems take them, whatever the titles', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 80 }), { minLength: 1, maxLength: 8 }), (titles) => {
        const workshop = newWorkshop('Names');
        const results = Object.fromEntries(
          titles.map((title, i) => [
            `${title}#${i}`,
            {
              activityId: `${title}#${i}`,
              kind: 'x',
              closedAt: 1,
              participants: 1,
              answered: 0,
              tally: null,
            },
          ]),
        );
        const tables = resultsTables(buildResults({ ...workshop, results }));
        const sheets = tables.map((t) => t.sheet);
        expect(new Set(sheets.map((s) => s.toLowerCase())).size).toBe(sheets.length);
        for (const name of sheets) {
          expect(name.length).toBeGreaterThan(0);
          expect(name.length).toBeLessThanOrEqual(31);
          expect(name).not.toMatch(/[[\]:*?/\\]/);
        }
        for (const table of tables) expect(table.file).not.toMatch(/[\\/:*?"<>|]/);
      }),
    );
    expect(resultsFileName('Q3: Sales / Service', 'xlsx')).toBe('Q3 Sales Service – results.xlsx');
  });
});
