// Native save/open dialogs, worded in the console's language; the file work (and its tests) is in files.ts.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import {
  MAX_OPEN_FILE_BYTES,
  type OpenedFile,
  type OpenFileRequest,
  type SaveFileRequest,
  type SaveFileResult,
} from '../../shared/ipc';
import { FILE_TYPES, readChosenFile, withSuffix, writeChosenFile } from './files';
import type { DialogWords } from './menuWords';

export async function saveWithDialog(
  parent: BrowserWindow | null,
  request: SaveFileRequest,
  words: DialogWords,
): Promise<SaveFileResult> {
  const type = FILE_TYPES[request.kind];
  const options: Electron.SaveDialogOptions = {
    title: words.save[request.kind],
    defaultPath: join(app.getPath('documents'), request.defaultName),
    filters: [{ name: words.types[request.kind], extensions: [...type.extensions] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  const path = withSuffix(choice.filePath, request.kind);
  // The dialog only asked about the name as typed; ask again if adding the suffix hits a file.
  if (path !== choice.filePath && existsSync(path)) {
    const replace = {
      type: 'question' as const,
      buttons: [words.replace, words.cancel],
      defaultId: 1,
      cancelId: 1,
      message: words.exists(basename(path)),
    };
    const answer = parent
      ? await dialog.showMessageBox(parent, replace)
      : await dialog.showMessageBox(replace);
    if (answer.response !== 0) return { saved: false };
  }
  await writeChosenFile(path, request.data, words.files);
  return { saved: true, path };
}

export async function openWithDialog(
  parent: BrowserWindow | null,
  request: OpenFileRequest,
  words: DialogWords,
): Promise<OpenedFile | null> {
  const type = FILE_TYPES[request.kind];
  const options: Electron.OpenDialogOptions = {
    title: words.open[request.kind],
    defaultPath: app.getPath('documents'),
    filters: [
      { name: words.types[request.kind], extensions: [...type.extensions] },
      { name: words.allFiles, extensions: ['*'] },
    ],
    properties: ['openFile'],
  };
  const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  const path = choice.filePaths[0];
  if (choice.canceled || !path) return null;
  return readChosenFile(path, MAX_OPEN_FILE_BYTES, words.files);
}
