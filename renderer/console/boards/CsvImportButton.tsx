import { useState } from 'react';
import { importCardsFromCsv, type ImportedItem } from '../../../shared/exercises/push-pull/cardImport';
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
          message: `“${file.name}” was not imported: it is ${(file.bytes / 1048576).toFixed(1)} MB, far more than a list of ${noun}s. Is it the right file?`,
        });
        return;
      }
      const result = importCardsFromCsv(file.text, { noun, room, existing, titleMax, descriptionMax });
      if (!result.ok) {
        toasts.show({ tone: 'error', message: `“${file.name}” was not imported. ${result.message}` });
        return;
      }
      onAdd(result.items);
      const n = result.items.length;
      toasts.show({
        tone: result.notes.length ? 'info' : 'success',
        message: [`Added ${n} ${n === 1 ? noun : `${noun}s`} from “${file.name}”.`, ...result.notes].join(
          ' ',
        ),
        timeout: result.notes.length ? 12000 : 6000,
      });
    } catch (error) {
      toasts.show({ tone: 'error', message: `The file could not be read: ${String(error)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <button
      className="btn"
      onClick={run}
      disabled={busy || room <= 0}
      title={`A CSV file with a title column and, if you like, a description column`}
    >
      Import CSV…
    </button>
  );
}
