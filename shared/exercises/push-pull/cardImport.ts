/**
 * Cards and offerings from a CSV file (a spreadsheet saved as CSV): a title column and an
 * optional description column. Parsing follows RFC 4180 (quoted fields, "" for a quote, line
 * breaks inside quotes, CRLF or LF), and also reads the semicolon and tab files that
 * spreadsheets write in many European locales.
 */

export type CsvParse =
  | { ok: true; rows: string[][]; delimiter: string }
  /** `line`: where the quote that is never closed was opened. */
  | { ok: false; message: string; line: number };

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

const unclosedQuote = (line: number) => `Line ${line}: a quoted field is never closed (a " is missing).`;

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
          const line = lineOf(text, opened);
          return { ok: false, message: unclosedQuote(line), line };
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

/**
 * Column names read as the title or the description, in every workshop language (a German sheet
 * heads them "Titel" and "Beschreibung", as the plan's own CSV does), compared without case or accents.
 */
const TITLE_HEADERS = [
  ...['title', 'name', 'card', 'cards', 'offering', 'offerings', 'product', 'item', 'label'],
  ...['titel', 'karte', 'karten', 'angebot', 'angebote', 'produkt', 'bezeichnung'],
  ...['titre', 'nom', 'carte', 'cartes', 'offre', 'offres', 'produit', 'libelle'],
  ...['titulo', 'nombre', 'tarjeta', 'tarjetas', 'oferta', 'ofertas', 'producto'],
  ...['naam', 'kaart', 'kaarten', 'aanbod'],
  ...['nome', 'cartao', 'cartoes', 'produto'],
];
const DESCRIPTION_HEADERS = [
  ...['description', 'details', 'detail', 'notes', 'note', 'desc', 'text', 'comment'],
  ...['beschreibung', 'notizen', 'notiz', 'kommentar', 'anmerkung', 'anmerkungen'],
  ...['commentaire', 'texte'],
  ...['descripcion', 'detalles', 'notas', 'nota', 'texto', 'comentario'],
  ...['beschrijving', 'omschrijving', 'notities', 'notitie', 'opmerking', 'tekst'],
  ...['descricao', 'detalhes'],
];

const normalise = (cell: string) =>
  cell
    .trim()
    .toLowerCase()
    .normalize('NFD')
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
      /** The same notes as data, for a page that words them in its own language. */
      noteCodes: CardImportNote[];
    }
  | { ok: false; message: string; problem: CardImportProblem };

/** Why nothing was imported; `message` says it in English. */
export type CardImportProblem =
  | { code: 'full' }
  | { code: 'empty' }
  | { code: 'not-text' }
  | { code: 'unclosed-quote'; line: number }
  | { code: 'no-rows' }
  | { code: 'description-without-title' }
  | { code: 'all-in-list' }
  | { code: 'no-titles'; header: boolean };

/** A note on an import that went through; `notes` says it in English. */
export type CardImportNote =
  | { code: 'duplicates'; count: number }
  | { code: 'no-title'; count: number; lines: number[] }
  | { code: 'titles-cut'; count: number; max: number }
  | { code: 'descriptions-cut'; count: number; max: number }
  | { code: 'only-room'; room: number; found: number };

function problemMessage(problem: CardImportProblem, noun: string): string {
  switch (problem.code) {
    case 'full':
      return `The list is full: no more ${noun}s fit.`;
    case 'empty':
      return 'This file is empty.';
    case 'not-text':
      return `This is not a CSV text file. Save the spreadsheet as “CSV” and import that file.`;
    case 'unclosed-quote':
      return unclosedQuote(problem.line);
    case 'no-rows':
      return 'This file has no rows.';
    case 'description-without-title':
      return `The first row names a description column but no title column. Name the column with the ${noun} titles “Title”.`;
    case 'all-in-list':
      return `Every ${noun} in this file is already in the list.`;
    case 'no-titles':
      return `No ${noun}s found: the ${problem.header ? 'title' : 'first'} column is empty.`;
  }
}

function noteMessage(note: CardImportNote, noun: string): string {
  switch (note.code) {
    case 'duplicates':
      return `${note.count} ${note.count === 1 ? 'row repeats a title' : 'rows repeat titles'} already in the list and ${note.count === 1 ? 'was' : 'were'} skipped.`;
    case 'no-title': {
      const lines = note.lines.slice(0, 5).join(', ') + (note.lines.length > 5 ? '…' : '');
      return `${note.count} ${note.count === 1 ? 'row has' : 'rows have'} no title and ${note.count === 1 ? 'was' : 'were'} skipped (line ${lines}).`;
    }
    case 'titles-cut':
      return `${note.count} ${plural(note.count, 'title')} cut to ${note.max} characters.`;
    case 'descriptions-cut':
      return `${note.count} ${plural(note.count, 'description')} cut to ${note.max} characters.`;
    case 'only-room':
      return `Only ${note.room} more ${plural(note.room, noun)} fit: the first ${note.room} of ${note.found} were added.`;
  }
}

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
  const refuse = (problem: CardImportProblem): CardImport => ({
    ok: false,
    message: problemMessage(problem, noun),
    problem,
  });
  const seen = new Set((options.existing ?? []).map(titleKey));
  if (room <= 0) return refuse({ code: 'full' });
  if (text.trim() === '') return refuse({ code: 'empty' });
  if (text.includes('\u0000')) return refuse({ code: 'not-text' });
  const parsed = parseCsv(text);
  if (!parsed.ok) return refuse({ code: 'unclosed-quote', line: parsed.line });
  const rows = parsed.rows;
  if (rows.length === 0) return refuse({ code: 'no-rows' });

  const first = rows[0]!.map(normalise);
  const titleHeader = first.findIndex((cell) => TITLE_HEADERS.includes(cell));
  const descriptionHeader = first.findIndex((cell) => DESCRIPTION_HEADERS.includes(cell));
  const header = titleHeader >= 0;
  if (!header && descriptionHeader >= 0) return refuse({ code: 'description-without-title' });
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

  if (items.length === 0 && duplicates > 0) return refuse({ code: 'all-in-list' });
  if (items.length === 0) return refuse({ code: 'no-titles', header });
  const noteCodes: CardImportNote[] = [];
  if (duplicates > 0) noteCodes.push({ code: 'duplicates', count: duplicates });
  if (blank.length > 0) noteCodes.push({ code: 'no-title', count: blank.length, lines: blank });
  if (cutTitles > 0) noteCodes.push({ code: 'titles-cut', count: cutTitles, max: titleMax });
  if (cutDescriptions > 0)
    noteCodes.push({ code: 'descriptions-cut', count: cutDescriptions, max: descriptionMax });
  if (items.length > room) noteCodes.push({ code: 'only-room', room, found: items.length });
  return {
    ok: true,
    items: items.slice(0, room),
    header,
    notes: noteCodes.map((note) => noteMessage(note, noun)),
    noteCodes,
  };
}

/** Titles compare without case and extra spaces. */
export const titleKey = (title: string) => title.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

function plural(n: number, word: string) {
  return n === 1 ? word : `${word}s`;
}
