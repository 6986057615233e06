import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, importCardsFromCsv, parseCsv } from './cardImport';

const options = { noun: 'card', room: 500, titleMax: 160, descriptionMax: 600 };

/** An RFC 4180 writer: quotes every field, doubles quotes. */
const writeCsv = (rows: string[][], delimiter = ',', newline = '\r\n') =>
  rows.map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(delimiter)).join(newline);

function imported(text: string, room = 500) {
  const result = importCardsFromCsv(text, { ...options, room });
  if (!result.ok) throw new Error(`expected an import, got: ${result.message}`);
  return result;
}

function refused(text: string) {
  const result = importCardsFromCsv(text, options);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.message;
}

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text = 'Title,Description\r\n"Loyalty app, v2","Says ""hi""\nand more"\r\nPremium tier,\r\n';
    expect(parseCsv(text)).toEqual({
      ok: true,
      delimiter: ',',
      rows: [
        ['Title', 'Description'],
        ['Loyalty app, v2', 'Says "hi"\nand more'],
        ['Premium tier', ''],
      ],
    });
  });

  it('gives back any table written as CSV, whatever the delimiter and line ending', () => {
    const cell = fc.string({ unit: 'grapheme', maxLength: 30 });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\r\n', '\n'),
        (rows, delimiter, newline) => {
          const parsed = parseCsv(writeCsv(rows, delimiter, newline), delimiter);
          expect(parsed).toEqual({ ok: true, rows, delimiter });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('says on which line a quote was left open', () => {
    expect(parseCsv('a,b\nc,"never closed\nd,e\n')).toEqual({
      ok: false,
      message: 'Line 2: a quoted field is never closed (a " is missing).',
      line: 2,
    });
  });

  it('detects semicolon and tab files, and ignores delimiters inside quotes', () => {
    expect(detectDelimiter('Title;Description\nA;B')).toBe(';');
    expect(detectDelimiter('Title\tDescription\nA\tB')).toBe('\t');
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
    expect(detectDelimiter('one column only')).toBe(',');
  });

  it('skips blank lines and a byte-order mark', () => {
    expect(parseCsv('\uFEFFA\n\n\nB\n')).toMatchObject({ ok: true, rows: [['A'], ['B']] });
  });
});

describe('importCardsFromCsv', () => {
  it('uses the Title and Description columns wherever they are', () => {
    const result = imported(
      'Id;Description;Name\n1;Points for every purchase;Loyalty programme\n2;;Premium tier\n',
    );
    expect(result.header).toBe(true);
    expect(result.items).toEqual([
      { title: 'Loyalty programme', description: 'Points for every purchase' },
      { title: 'Premium tier', description: '' },
    ]);
    expect(result.notes).toEqual([]);
  });

  it('knows the title and description columns in every workshop language, accents or not', () => {
    for (const [head, description] of [
      ['Titel', 'Beschreibung'],
      ['Titre', 'Description'],
      ['Título', 'Descripción'],
      ['Titel', 'Omschrijving'],
      ['Título', 'Descrição'],
    ]) {
      const result = imported(`${head};${description}\nTreueprogramm;Punkte für jeden Einkauf\n`);
      expect(result.header, head).toBe(true);
      expect(result.items).toEqual([{ title: 'Treueprogramm', description: 'Punkte für jeden Einkauf' }]);
    }
  });

  it('without a header row, reads the first column as title and the second as description', () => {
    const result = imported('Loyalty programme,Points\nSame-day delivery\n');
    expect(result.header).toBe(false);
    expect(result.items).toEqual([
      { title: 'Loyalty programme', description: 'Points' },
      { title: 'Same-day delivery', description: '' },
    ]);
  });

  it('skips rows without a title and says which lines', () => {
    const result = imported('Title,Description\nA,x\n,orphan description\nB,y\n');
    expect(result.items.map((i) => i.title)).toEqual(['A', 'B']);
    expect(result.notes).toEqual(['1 row has no title and was skipped (line 3).']);
    expect(result.noteCodes).toEqual([{ code: 'no-title', count: 1, lines: [3] }]);
  });

  it('adds only what fits and says so', () => {
    const text = ['Title', ...Array.from({ length: 12 }, (_, i) => `Card ${i + 1}`)].join('\n');
    const result = imported(text, 10);
    expect(result.items).toHaveLength(10);
    expect(result.items.at(-1)?.title).toBe('Card 10');
    expect(result.notes).toContain('Only 10 more cards fit: the first 10 of 12 were added.');
  });

  it('skips titles already in the list or repeated in the file, in any case', () => {
    const result = importCardsFromCsv('Title\nLoyalty app\nPREMIUM tier\nNew one\nnew  one\n', {
      ...options,
      existing: ['Premium Tier'],
    });
    expect(result).toEqual({
      ok: true,
      header: true,
      items: [
        { title: 'Loyalty app', description: '' },
        { title: 'New one', description: '' },
      ],
      notes: ['2 rows repeat titles already in the list and were skipped.'],
      noteCodes: [{ code: 'duplicates', count: 2 }],
    });
    expect(importCardsFromCsv('Premium tier\n', { ...options, existing: ['Premium tier'] })).toEqual({
      ok: false,
      message: 'Every card in this file is already in the list.',
      problem: { code: 'all-in-list' },
    });
  });

  it('cuts titles that are too long and says how many', () => {
    const result = imported(`${'x'.repeat(200)}\nShort\n`);
    expect(result.items[0]!.title).toHaveLength(160);
    expect(result.notes).toContain('1 title cut to 160 characters.');
  });

  it('refuses files it cannot use, with a reason', () => {
    expect(refused('')).toBe('This file is empty.');
    expect(refused('Description\nSomething\n')).toMatch(/no title column/);
    expect(refused('Title,Description\n,only a description\n')).toBe(
      'No cards found: the title column is empty.',
    );
    expect(refused('PK\u0003\u0004\u0000\u0000zip')).toMatch(/not a CSV text file/);
    expect(refused('"open quote\n')).toMatch(/Line 1: a quoted field is never closed/);
    expect(importCardsFromCsv('A\n', { ...options, room: 0 })).toEqual({
      ok: false,
      message: 'The list is full: no more cards fit.',
      problem: { code: 'full' },
    });
  });

  it('never adds more than fits, never an empty title, for any CSV', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 20 }), { minLength: 1, maxLength: 3 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 20 }),
        (rows, room) => {
          const result = importCardsFromCsv(writeCsv(rows), { ...options, room });
          if (!result.ok) return;
          expect(result.items.length).toBeLessThanOrEqual(room);
          for (const item of result.items) {
            expect(item.title.trim()).not.toBe('');
            expect(item.title.length).toBeLessThanOrEqual(160);
          }
        },
      ),
    );
  });
});
