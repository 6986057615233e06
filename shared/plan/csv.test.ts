import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planWorkshop } from '../../test/fixtures/planWorkshop';
import { workshopArbitrary } from '../../test/fixtures/workshopArbitrary';
import { blankInitiative } from './candidates';
import { buildPlan } from './buildPlan';
import { CSV_COLUMNS, initiativesCsv } from './csv';
import { initiativeNumbers } from './numbering';
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
  w.initiatives = titles.map((fields, i) => ({ ...blankInitiative('Untitled'), id: `i${i}`, ...fields }));
  return w;
}

function csvOf(w: Workshop): string {
  return initiativesCsv(buildPlan(w, { paper: 'A4' }));
}

/** The cell of `row` under the column called `name`. */
function cell(row: readonly string[], name: (typeof CSV_COLUMNS)[number]): string {
  return row[CSV_COLUMNS.indexOf(name)]!;
}

function body(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return parseCsv(csv.slice(1));
}

describe('initiativesCsv', () => {
  it('starts with a byte-order mark and the header, one row per initiative with CRLF line ends', () => {
    const w = withInitiatives({ title: 'One bill', position: 55, owner: 'Billing', priority: 4 });
    const csv = csvOf(w);
    const rows = body(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows[1]).toEqual([
      '1',
      'One bill',
      'Process & policy',
      '55',
      '',
      '',
      '',
      '',
      'Billing',
      '',
      '',
      '',
      '',
      '4',
      '',
      'Typed in',
      w.name,
      w.date,
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
    expect(cell(body(csv)[1]!, 'Description')).toBe('She said "never again".\nThen\r\nagain');
  });

  it('keeps Greek, Japanese and Arabic text intact', () => {
    const titles = ['Λιγότερη γραφειοκρατία για τον πελάτη', '顧客の声を毎週聞く', 'خدمة العملاء أولاً'];
    const rows = body(csvOf(withInitiatives(...titles.map((title, i) => ({ title, priority: 3 - i })))));
    expect(rows.slice(1).map((r) => cell(r, 'Title'))).toEqual(titles);
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
    expect(cell(rows[1]!, 'Title')).toBe(`'=HYPERLINK("http://x","click")`);
    expect(cell(rows[2]!, 'Title')).toBe(`'+1 for service`);
    expect(cell(rows[2]!, 'Owner')).toBe(`'@ops`);
    expect(cell(rows[3]!, 'Title')).toBe(`'-5% churn`);
    expect(cell(rows[3]!, 'Next step')).toBe(`'=1+1`);
    expect(cell(rows[4]!, 'Title')).toBe('Safe = fine');
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
    expect(
      rows.slice(1).map((r) => [cell(r, '#'), cell(r, 'Title'), cell(r, 'Band'), cell(r, 'Agreed position')]),
    ).toEqual([
      ['3', 'Poster', 'Symbolic', '10'],
      ['4', 'Checklist', 'Process & policy', '50'],
      ['2', 'Deep', 'Substantive', '90'],
      ['1', 'Later', 'Not placed yet', ''],
    ]);
  });

  it('gives the room’s median and middle half beside the agreed position, never passing one off as the other', () => {
    const w = withInitiatives(
      { title: 'Voted only', position: null },
      { title: 'Agreed and voted', position: 80 },
    );
    const action = w.agenda.find((e) => e.type === 'action-plan')!;
    const placement = (id: string, count: number, median: number, p25: number, p75: number) => ({
      id,
      count,
      mean: median,
      median,
      p25,
      p75,
      spread: p75 - p25,
      band: null,
    });
    w.results[`${action.id}:placement`] = {
      activityId: `${action.id}:placement`,
      kind: 'continuum-placement',
      participants: 5,
      answered: 5,
      closedAt: 1,
      tally: { items: [placement('i0', 5, 41, 30, 52), placement('i1', 4, 60, 55, 70)] },
    };
    const rows = body(csvOf(w));
    const byTitle = new Map(rows.slice(1).map((r) => [cell(r, 'Title'), r]));
    const voted = byTitle.get('Voted only')!;
    expect(cell(voted, 'Agreed position')).toBe('');
    expect(cell(voted, 'Room’s median')).toBe('41');
    expect([cell(voted, 'Room’s middle half from'), cell(voted, 'Room’s middle half to')]).toEqual([
      '30',
      '52',
    ]);
    expect(cell(voted, 'Room’s placements')).toBe('5');
    expect(cell(voted, 'Band')).toBe('Process & policy');
    const agreed = byTitle.get('Agreed and voted')!;
    expect(cell(agreed, 'Agreed position')).toBe('80');
    expect(cell(agreed, 'Room’s median')).toBe('60');
    expect(cell(agreed, 'Band')).toBe('Substantive');
  });

  it('round-trips any initiative text through an RFC 4180 reader', () => {
    fc.assert(
      fc.property(workshopArbitrary, (workshop) => {
        const plan = buildPlan(workshop, { paper: 'A4' });
        const rows = body(initiativesCsv(plan));
        expect(rows).toHaveLength(workshop.initiatives.length + 1);
        const listed = [...plan.groups.flatMap((g) => g.initiatives), ...plan.unplaced];
        const numbers = initiativeNumbers(workshop.initiatives);
        rows.slice(1).forEach((row, k) => {
          expect(row).toHaveLength(CSV_COLUMNS.length);
          // Text a spreadsheet would run as a formula comes back behind one apostrophe; all else as it was.
          const written = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
          expect(cell(row, 'Title')).toBe(written(listed[k]!.title));
          expect(cell(row, 'Description')).toBe(written(listed[k]!.description));
          expect(cell(row, 'Next step')).toBe(written(listed[k]!.nextStep));
          // The one number the console and the PDF give it.
          expect(cell(row, '#')).toBe(String(numbers.get(listed[k]!.id)));
          expect(cell(row, 'Workshop')).toBe(written(workshop.name));
        });
      }),
      { numRuns: 100 },
    );
  });
});
