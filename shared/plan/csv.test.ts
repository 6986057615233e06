import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planWorkshop } from '../../test/fixtures/planWorkshop';
import { workshopArbitrary } from '../../test/fixtures/workshopArbitrary';
import { blankInitiative } from './candidates';
import { buildPlan } from './buildPlan';
import { CSV_COLUMNS, initiativesCsv } from './csv';
import type { Workshop } from '../workshop/schema';

/** A strict RFC 4180 reader, written here so the test does not trust the writer's own rules. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i += 1;
        if (i < text.length && text[i] !== ',' && text[i] !== '\r')
          throw new Error(`Text after a closing quote at ${i}`);
      } else {
        field += c;
        i += 1;
      }
    } else if (c === '"') {
      if (field !== '') throw new Error(`Quote inside an unquoted field at ${i}`);
      quoted = true;
      i += 1;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i += 1;
    } else if (c === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`CR without LF at ${i}`);
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '\n') {
      throw new Error(`Bare LF outside quotes at ${i}`);
    } else {
      field += c;
      i += 1;
    }
  }
  if (quoted) throw new Error('Unclosed quote');
  if (field !== '' || row.length > 0) throw new Error('Last line does not end in CRLF');
  return rows;
}

function withInitiatives(...titles: Array<Partial<ReturnType<typeof blankInitiative>>>): Workshop {
  const w = planWorkshop({ initiatives: 0 });
  w.initiatives = titles.map((fields, i) => ({ ...blankInitiative(), id: `i${i}`, ...fields }));
  return w;
}

function csvOf(w: Workshop): string {
  return initiativesCsv(buildPlan(w, { paper: 'A4' }));
}

function body(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return parseCsv(csv.slice(1));
}

describe('initiativesCsv', () => {
  it('starts with a byte-order mark and the header, one row per initiative with CRLF line ends', () => {
    const csv = csvOf(withInitiatives({ title: 'One bill', position: 55, owner: 'Billing', priority: 4 }));
    const rows = body(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows[1]).toEqual([
      'One bill',
      'Process & policy',
      '55',
      'Billing',
      '',
      '',
      '',
      '',
      '4',
      '',
      'Typed in',
    ]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    const csv = csvOf(
      withInitiatives({
        title: 'Call back, always',
        description: 'She said "never again".\nThen\r\nagain',
        owner: 'Plain',
      }),
    );
    expect(csv).toContain('"Call back, always"');
    expect(csv).toContain('"She said ""never again"".\nThen\r\nagain"');
    expect(csv).toContain(',Plain,');
    expect(body(csv)[1]![9]).toBe('She said "never again".\nThen\r\nagain');
  });

  it('keeps Greek, Japanese and Arabic text intact', () => {
    const titles = ['Λιγότερη γραφειοκρατία για τον πελάτη', '顧客の声を毎週聞く', 'خدمة العملاء أولاً'];
    const rows = body(csvOf(withInitiatives(...titles.map((title, i) => ({ title, priority: 3 - i })))));
    expect(rows.slice(1).map((r) => r[0])).toEqual(titles);
    // Encoded as UTF-8 the bytes round-trip too.
    const bytes = new TextEncoder().encode(csvOf(withInitiatives({ title: titles[1]! })));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain(titles[1]);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const rows = body(
      csvOf(
        withInitiatives(
          { title: '=HYPERLINK("http://x","click")', priority: 4 },
          { title: '+1 for service', owner: '@ops', priority: 3 },
          { title: '-5% churn', nextStep: '=1+1', priority: 2 },
          { title: 'Safe = fine', priority: 1 },
        ),
      ),
    );
    expect(rows[1]![0]).toBe(`'=HYPERLINK("http://x","click")`);
    expect(rows[2]![0]).toBe(`'+1 for service`);
    expect(rows[2]![3]).toBe(`'@ops`);
    expect(rows[3]![0]).toBe(`'-5% churn`);
    expect(rows[3]![4]).toBe(`'=1+1`);
    expect(rows[4]![0]).toBe('Safe = fine');
  });

  it('lists initiatives band by band like the PDF, unplaced last, with band and rounded position', () => {
    const rows = body(
      csvOf(
        withInitiatives(
          { title: 'Later', position: null },
          { title: 'Deep', position: 90 },
          { title: 'Poster', position: 10.4 },
          { title: 'Checklist', position: 50 },
        ),
      ),
    );
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Poster', 'Symbolic', '10'],
      ['Checklist', 'Process & policy', '50'],
      ['Deep', 'Substantive', '90'],
      ['Later', 'Unplaced', ''],
    ]);
  });

  it('round-trips any initiative text through an RFC 4180 reader', () => {
    fc.assert(
      fc.property(workshopArbitrary, (workshop) => {
        const plan = buildPlan(workshop, { paper: 'A4' });
        const rows = body(initiativesCsv(plan));
        expect(rows).toHaveLength(workshop.initiatives.length + 1);
        const listed = [...plan.groups.flatMap((g) => g.initiatives), ...plan.unplaced];
        rows.slice(1).forEach((row, k) => {
          expect(row).toHaveLength(CSV_COLUMNS.length);
          // Text a spreadsheet would run as a formula comes back behind one apostrophe; all else as it was.
          const written = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
          expect(row[0]).toBe(written(listed[k]!.title));
          expect(row[9]).toBe(written(listed[k]!.description));
          expect(row[4]).toBe(written(listed[k]!.nextStep));
        });
      }),
      { numRuns: 100 },
    );
  });
});
