import { useState } from 'react';
import {
  importCardsFromCsv,
  type CardImportNote,
  type CardImportProblem,
  type ImportedItem,
} from '../../../shared/exercises/push-pull/cardImport';
import { formatNumber, t } from '../../i18n';
import { useToasts } from '../../ui/Toasts';
import { openFile } from '../platform';

/** A card list is small text: anything this big is the wrong file. */
const MAX_CSV_BYTES = 2 * 1024 * 1024;

interface Props {
  /** "card" or "offering". */
  noun: string;
  room: number;
  existing: readonly string[];
  titleMax: number;
  descriptionMax: number;
  onAdd: (items: ImportedItem[]) => void;
}

/** Why a CSV was refused, in the console's language. */
function problemText(problem: CardImportProblem, noun: string): string {
  switch (problem.code) {
    case 'full':
      return t('boards.csv.full', { noun });
    case 'empty':
      return t('boards.csv.empty');
    case 'not-text':
      return t('boards.csv.notText');
    case 'unclosed-quote':
      return t('boards.csv.unclosedQuote', { line: problem.line });
    case 'no-rows':
      return t('boards.csv.noRows');
    case 'description-without-title':
      return t('boards.csv.descriptionWithoutTitle', { noun });
    case 'all-in-list':
      return t('boards.csv.allInList', { noun });
    case 'no-titles':
      return problem.header ? t('boards.csv.noTitles', { noun }) : t('boards.csv.noFirstColumn', { noun });
  }
}

/** What an import that went through should say besides the count. */
function noteText(note: CardImportNote, noun: string): string {
  switch (note.code) {
    case 'duplicates':
      return t('boards.csv.duplicates', { count: note.count });
    case 'no-title': {
      const lines = note.lines.slice(0, 5).map((line) => formatNumber(line));
      return t('boards.csv.noTitle', {
        count: note.count,
        lines: lines.join(', ') + (note.lines.length > 5 ? '…' : ''),
      });
    }
    case 'titles-cut':
      return t('boards.csv.titlesCut', { count: note.count, max: note.max });
    case 'descriptions-cut':
      return t('boards.csv.descriptionsCut', { count: note.count, max: note.max });
    case 'only-room':
      return t('boards.csv.onlyRoom', { noun, room: note.room, found: note.found });
  }
}

/** Picks a CSV (title + optional description column) and adds its rows; says what was skipped and why. */
export function CsvImportButton({ noun, room, existing, titleMax, descriptionMax, onAdd }: Props) {
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const file = await openFile('csv');
      if (!file) return;
      if (file.bytes > MAX_CSV_BYTES) {
        toasts.show({
          tone: 'error',
          message: t('boards.csv.tooBig', {
            file: file.name,
            size: formatNumber(file.bytes / 1048576, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
            noun,
          }),
        });
        return;
      }
      const result = importCardsFromCsv(file.text, { noun, room, existing, titleMax, descriptionMax });
      if (!result.ok) {
        toasts.show({
          tone: 'error',
          message: t('boards.csv.refused', { file: file.name, reason: problemText(result.problem, noun) }),
        });
        return;
      }
      onAdd(result.items);
      const notes = result.noteCodes.map((note) => noteText(note, noun));
      toasts.show({
        tone: notes.length ? 'info' : 'success',
        message: [
          t('boards.csv.added', { count: result.items.length, noun, file: file.name }),
          ...notes,
        ].join(' '),
        timeout: notes.length ? 12000 : 6000,
      });
    } catch (error) {
      toasts.show({ tone: 'error', message: t('boards.csv.unreadable', { error: String(error) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <button className="btn" onClick={run} disabled={busy || room <= 0} title={t('boards.csv.title')}>
      {t('boards.csv.button')}
    </button>
  );
}
