import { MAX_FILE_BYTES } from '../../shared/workshop/file';

/** File dialogs: native ones in the desktop app, the browser's own in browser mode. */

export type FileKind = 'workshop' | 'pdf' | 'csv' | 'xlsx' | 'zip';

const MIME: Record<FileKind, string> = {
  workshop: 'application/json',
  pdf: 'application/pdf',
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
};

/** Returns false when the facilitator cancelled the dialog. */
export async function saveFile(
  defaultName: string,
  data: string | Uint8Array,
  kind: FileKind,
): Promise<boolean> {
  if (window.outsideIn) {
    const result = await window.outsideIn.saveFile({ defaultName, data, kind });
    return result.saved;
  }
  const blob = new Blob([data as BlobPart], { type: MIME[kind] });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = defaultName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

const ACCEPT: Record<'workshop' | 'csv', string> = {
  workshop: '.json,application/json',
  csv: '.csv,.txt,text/csv,text/plain',
};

/** Returns null when the facilitator cancelled. */
export async function openFile(
  kind: 'workshop' | 'csv',
): Promise<{ name: string; text: string; bytes: number } | null> {
  if (window.outsideIn) {
    const file = await window.outsideIn.openFile({ kind });
    return file ? { ...file, bytes: new TextEncoder().encode(file.text).length } : null;
  }
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = ACCEPT[kind];
    input.style.display = 'none';
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      // Do not read a huge wrong file into memory: the reader refuses it by size alone.
      const text = file.size > MAX_FILE_BYTES ? '' : await file.text();
      resolve({ name: file.name, text, bytes: file.size });
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}
