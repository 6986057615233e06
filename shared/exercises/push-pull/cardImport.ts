/**
 * Cards and offerings from a CSV file (a spreadsheet saved as CSV): a title column and an
 * optional description column. Parsing follows RFC 4180 (quoted fields, "" for a quote, line
 * breaks inside quotes, CRLF or LF), and also reads the semicolon and tab files that
 * spreadsheets write in many European locales.
 */

export type CsvParse = { ok: true; rows: string[][]; delimiter: string } | { ok: false; message: string };

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter used most often outside quotes in the first line; a comma when there is none. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text[i] === '\n') line++;
  return line;
}

/** RFC 4180 records. Blank lines are skipped; a quote left open is an error with its line number. */
export function parseCsv(input: string, delimiter = detectDelimiter(input.replace(/^\uFEFF/, ''))): CsvParse {
  const text = input.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let fieldStarted = false;
  const endField = () => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    if (row.length > 1 || row[0]!.trim() !== '') rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"' && !fieldStarted) {
      // A quoted field: runs to the next lone quote.
      const opened = i;
      i++;
      for (;;) {
        if (i >= text.length) {
          return {
            ok: false,
            message: `Line ${lineOf(text, opened)}: a quoted field is never closed (a " is missing).`,
          };
        }
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i];
        i++;
      }
      fieldStarted = true;
      // Spreadsheets sometimes leave text after the closing quote: keep it rather than refuse.
      continue;
    }
    if (char === delimiter) {
      endField();
      i++;
      continue;
    }
    if (char === '\r' || char === '\n') {
      endRow();
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += char;
    fieldStarted = true;
    i++;
  }
  if (fieldStarted || row.length > 0) endRow();
  return { ok: true, rows, delimiter };
}

const TITLE_HEADERS = ['title', 'name', 'card', 'cards', 'offering', 'offerings', 'product', 'item', 'label'];
const DESCRIPTION_HEADERS = ['description', 'details', 'detail', 'notes', 'note', 'desc', 'text', 'comment'];

const normalise = (cell: string) =>
  cell
    .trim()
    .toLowerCase()
    .replace(/[^a-z]/g, '');

export interface ImportedItem {
  title: string;
  description: string;
}

export type CardImport =
  | {
      ok: true;
      items: ImportedItem[];
      /** Whether the first row was read as column names. */
      header: boolean;
      /** Things the facilitator should know that did not stop the import (rows skipped, text cut). */
      notes: string[];
    }
  | { ok: false; message: string };

export interface CardImportOptions {
  /** What one row becomes, e.g. "card" or "offering". */
  noun: string;
  /** How many more fit in the exercise. */
  room: number;
  titleMax: number;
  descriptionMax: number;
  /** Titles already in the list: rows with the same title (any case) are skipped, not added twice. */
  existing?: readonly string[];
}

/**
 * Items from a CSV: the first row is read as column names when it names a title column (Title,
 * Name, Card, Offering…); then that column and a Description column (if any) are used.
 * Without such a header the first column is the title and the second the description.
 */
export function importCardsFromCsv(text: string, options: CardImportOptions): CardImport {
  const { noun, room, titleMax, descriptionMax } = options;
  const seen = new Set((options.existing ?? []).map(titleKey));
  if (room <= 0) return { ok: false, message: `The list is full: no more ${noun}s fit.` };
  if (text.trim() === '') return { ok: false, message: 'This file is empty.' };
  if (text.includes('\u0000')) {
    return {
      ok: false,
      message: `This is not a CSV text file. Save the spreadsheet as “CSV” and import that file.`,
    };
  }
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const rows = parsed.rows;
  if (rows.length === 0) return { ok: false, message: 'This file has no rows.' };

  const first = rows[0]!.map(normalise);
  const titleHeader = first.findIndex((cell) => TITLE_HEADERS.includes(cell));
  const descriptionHeader = first.findIndex((cell) => DESCRIPTION_HEADERS.includes(cell));
  const header = titleHeader >= 0;
  if (!header && descriptionHeader >= 0) {
    return {
      ok: false,
      message: `The first row names a description column but no title column. Name the column with the ${noun} titles “Title”.`,
    };
  }
  const titleColumn = header ? titleHeader : 0;
  const descriptionColumn = header ? descriptionHeader : rows.some((r) => r.length > 1) ? 1 : -1;
  const body = header ? rows.slice(1) : rows;
  const firstLine = header ? 2 : 1;

  const items: ImportedItem[] = [];
  const blank: number[] = [];
  let cutTitles = 0;
  let cutDescriptions = 0;
  let duplicates = 0;
  body.forEach((row, index) => {
    const title = (row[titleColumn] ?? '').replace(/\s+/g, ' ').trim();
    const description = descriptionColumn >= 0 ? (row[descriptionColumn] ?? '').trim() : '';
    if (!title) {
      if (row.some((cell) => cell.trim())) blank.push(firstLine + index);
      return;
    }
    const key = titleKey(title.slice(0, titleMax));
    if (seen.has(key)) {
      duplicates++;
      return;
    }
    seen.add(key);
    if (title.length > titleMax) cutTitles++;
    if (description.length > descriptionMax) cutDescriptions++;
    items.push({ title: title.slice(0, titleMax), description: description.slice(0, descriptionMax) });
  });

  if (items.length === 0 && duplicates > 0) {
    return { ok: false, message: `Every ${noun} in this file is already in the list.` };
  }
  if (items.length === 0) {
    return { ok: false, message: `No ${noun}s found: the ${header ? 'title' : 'first'} column is empty.` };
  }
  const notes: string[] = [];
  if (duplicates > 0) {
    notes.push(
      `${duplicates} ${duplicates === 1 ? 'row repeats a title' : 'rows repeat titles'} already in the list and ${duplicates === 1 ? 'was' : 'were'} skipped.`,
    );
  }
  if (blank.length > 0) {
    const lines = blank.slice(0, 5).join(', ') + (blank.length > 5 ? '…' : '');
    notes.push(
      `${blank.length} ${blank.length === 1 ? 'row has' : 'rows have'} no title and ${blank.length === 1 ? 'was' : 'were'} skipped (line ${lines}).`,
    );
  }
  if (cutTitles > 0) notes.push(`${cutTitles} ${plural(cutTitles, 'title')} cut to ${titleMax} characters.`);
  if (cutDescriptions > 0) {
    notes.push(
      `${cutDescriptions} ${plural(cutDescriptions, 'description')} cut to ${descriptionMax} characters.`,
    );
  }
  if (items.length > room) {
    notes.push(
      `Only ${room} more ${plural(room, noun)} fit: the first ${room} of ${items.length} were added.`,
    );
  }
  return { ok: true, items: items.slice(0, room), header, notes };
}

/** Titles compare without case and extra spaces. */
export const titleKey = (title: string) => title.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

function plural(n: number, word: string) {
  return n === 1 ? word : `${word}s`;
}
