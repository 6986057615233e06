// Writing and reading the files the facilitator picks in the native dialogs.
// Plain Node (no electron import): the dialogs live in dialogs.ts, the file work here.
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { FileKind, OpenedFile } from '../../shared/ipc';
import { FILE_SUFFIX } from '../../shared/workshop/file';
import { MENU_WORDS, type FileProblemWords } from './menuWords';

const ENGLISH = MENU_WORDS.en.dialogs.files;

export interface FileType {
  /** The dialog's type list names it in the console's language (menuWords.ts). */
  extensions: readonly string[];
  /** Added to a chosen name that lacks it. */
  suffix: string;
}

export const FILE_TYPES: Record<FileKind, FileType> = {
  workshop: { extensions: ['json'], suffix: FILE_SUFFIX },
  pdf: { extensions: ['pdf'], suffix: '.pdf' },
  csv: { extensions: ['csv'], suffix: '.csv' },
  xlsx: { extensions: ['xlsx'], suffix: '.xlsx' },
  zip: { extensions: ['zip'], suffix: '.zip' },
};

/** Largest file we write; a PDF with charts is a few MB, this only stops a runaway page. */
export const MAX_SAVE_BYTES = 200 * 1024 * 1024;

/** A problem the facilitator can act on; its message is shown as is. */
export class FileProblem extends Error {
  override readonly name = 'FileProblem';
}

/**
 * A suggested name reduced to a bare file name the dialog can offer: no folders, no
 * characters Windows refuses, ending in the kind's suffix.
 */
export function safeFileName(suggested: string, kind: FileKind): string {
  const { suffix } = FILE_TYPES[kind];
  const bare = basename(suggested.replace(/\\/g, '/'))
    .normalize('NFKC')
    .replace(/[<>:"|?*\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120);
  const name = bare || 'Outside-In';
  return hasSuffix(name, kind) ? name : `${name}${suffix}`;
}

function hasSuffix(name: string, kind: FileKind): boolean {
  const lower = name.toLowerCase();
  return FILE_TYPES[kind].extensions.some((extension) => lower.endsWith(`.${extension}`));
}

/** The chosen path, with the suffix added when the dialog did not (Linux dialogs do not). */
export function withSuffix(path: string, kind: FileKind): string {
  return hasSuffix(basename(path), kind) ? path : `${path}${FILE_TYPES[kind].suffix}`;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

/** A file system error in words a facilitator can act on, in the console's language. */
export function describeFileProblem(
  error: unknown,
  action: 'save' | 'open',
  path: string,
  words: FileProblemWords = ENGLISH,
): string {
  const name = basename(path);
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return words.diskFull(name);
    case 'EACCES':
    case 'EPERM':
      return action === 'save' ? words.mayNotWrite(name) : words.mayNotRead(name);
    case 'EROFS':
      return words.readOnly(name);
    case 'ENOENT':
      return action === 'save' ? words.folderGone(name) : words.fileGone(name);
    case 'EISDIR':
      return words.isFolder(name);
    case 'EBUSY':
      return words.busy(name);
    case 'ENAMETOOLONG':
      return words.nameTooLong(name);
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return action === 'save' ? words.couldNotSave(name, detail) : words.couldNotOpen(name, detail);
    }
  }
}

/**
 * Writes the whole file or nothing: a temporary file beside the target, flushed, then renamed
 * over it, so a full disk never leaves a half-written workshop in place of a good one.
 */
export async function writeChosenFile(
  path: string,
  data: string | Uint8Array,
  words: FileProblemWords = ENGLISH,
): Promise<void> {
  const size = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
  if (size > MAX_SAVE_BYTES) {
    throw new FileProblem(words.tooLargeToSave(words.megabytes(size), words.megabytes(MAX_SAVE_BYTES)));
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.part`);
  try {
    await writeFile(temporary, data, { flush: true });
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new FileProblem(describeFileProblem(error, 'save', path, words), { cause: error });
  }
}

/** Reads a chosen text file, refusing anything over `maxBytes` before reading a byte of it. */
export async function readChosenFile(
  path: string,
  maxBytes: number,
  words: FileProblemWords = ENGLISH,
): Promise<OpenedFile> {
  const name = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    size = info.size;
  } catch (error) {
    throw new FileProblem(describeFileProblem(error, 'open', path, words), { cause: error });
  }
  if (size > maxBytes) {
    throw new FileProblem(words.tooLargeToOpen(name, words.megabytes(size), words.megabytes(maxBytes)));
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new FileProblem(describeFileProblem(error, 'open', path, words), { cause: error });
  }
  // TextDecoder drops a UTF-8 byte order mark, which spreadsheet programs like to add.
  return { name, text: new TextDecoder('utf-8').decode(bytes) };
}
