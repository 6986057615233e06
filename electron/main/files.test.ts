import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  describeFileProblem,
  FileProblem,
  readChosenFile,
  safeFileName,
  withSuffix,
  writeChosenFile,
} from './files';
import { MENU_WORDS } from './menuWords';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'outside-in-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('file names', () => {
  it('offers a bare name with the right suffix', () => {
    expect(safeFileName('Acme kickoff', 'workshop')).toBe('Acme kickoff.outside-in.json');
    expect(safeFileName('Acme kickoff.outside-in.json', 'workshop')).toBe('Acme kickoff.outside-in.json');
    expect(safeFileName('plan.PDF', 'pdf')).toBe('plan.PDF');
    expect(safeFileName('initiatives', 'csv')).toBe('initiatives.csv');
  });

  it('drops folders and characters Windows refuses', () => {
    expect(safeFileName('../../.ssh/authorized_keys', 'csv')).toBe('authorized_keys.csv');
    expect(safeFileName('C:\\Users\\x\\Plan: "Q3"?', 'pdf')).toBe('Plan Q3.pdf');
    expect(safeFileName('  ...  ', 'pdf')).toBe('Outside-In.pdf');
    expect(safeFileName('a\u0000b', 'csv')).toBe('a b.csv');
    expect(safeFileName('x'.repeat(500), 'csv')).toHaveLength(124);
  });

  it('adds the suffix to a chosen path that lacks it', () => {
    expect(withSuffix('/home/ana/plan', 'pdf')).toBe('/home/ana/plan.pdf');
    expect(withSuffix('/home/ana/plan.pdf', 'pdf')).toBe('/home/ana/plan.pdf');
    expect(withSuffix('/home/ana/kickoff', 'workshop')).toBe('/home/ana/kickoff.outside-in.json');
    expect(withSuffix('/home/ana/kickoff.json', 'workshop')).toBe('/home/ana/kickoff.json');
  });
});

describe('saving', () => {
  it('writes text and bytes, replacing an older file, and leaves no temporary file', async () => {
    const path = join(dir, 'plan.csv');
    await writeFile(path, 'old');
    await writeChosenFile(path, 'title,owner\nFaster refunds,Ana\n');
    expect(await readFile(path, 'utf8')).toBe('title,owner\nFaster refunds,Ana\n');
    const pdf = join(dir, 'plan.pdf');
    await writeChosenFile(pdf, new Uint8Array([0x25, 0x50, 0x44, 0x46, 0xff]));
    expect([...(await readFile(pdf))]).toEqual([0x25, 0x50, 0x44, 0x46, 0xff]);
    expect((await readdir(dir)).sort()).toEqual(['plan.csv', 'plan.pdf']);
  });

  it('says plainly when the folder is gone, and keeps nothing half-written', async () => {
    const path = join(dir, 'missing', 'plan.csv');
    const failure = writeChosenFile(path, 'x');
    await expect(failure).rejects.toBeInstanceOf(FileProblem);
    await expect(failure).rejects.toThrow(
      'The folder for “plan.csv” no longer exists. Choose another place.',
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('explains the errors a facilitator can do something about', () => {
    const error = (code: string) => Object.assign(new Error(code), { code });
    expect(describeFileProblem(error('ENOSPC'), 'save', '/x/plan.pdf')).toBe(
      'The disk is full, so “plan.pdf” was not saved. Free some space or choose another place.',
    );
    expect(describeFileProblem(error('EACCES'), 'save', '/x/plan.pdf')).toMatch(
      /may not write to that folder/,
    );
    expect(describeFileProblem(error('EPERM'), 'open', '/x/plan.csv')).toMatch(/may not read “plan.csv”/);
    expect(describeFileProblem(error('EROFS'), 'save', '/x/plan.pdf')).toMatch(/read-only/);
    expect(describeFileProblem(error('EBUSY'), 'save', '/x/plan.csv')).toMatch(/in use by another program/);
    expect(describeFileProblem(new Error('boom'), 'save', '/x/plan.csv')).toBe(
      'Outside-In could not save “plan.csv”: boom',
    );
  });

  it('explains them in the console’s language', async () => {
    const german = MENU_WORDS.de.dialogs.files;
    const error = (code: string) => Object.assign(new Error(code), { code });
    expect(describeFileProblem(error('ENOSPC'), 'save', '/x/Plan.pdf', german)).toBe(
      'Der Datenträger ist voll, daher wurde „Plan.pdf“ nicht gespeichert. Geben Sie Platz frei oder wählen Sie einen anderen Ort.',
    );
    expect(describeFileProblem(error('ENOENT'), 'open', '/x/Plan.csv', german)).toMatch(
      /^„Plan.csv“ gibt es nicht mehr/,
    );
    await expect(writeChosenFile(join(dir, 'gone', 'Plan.csv'), 'x', german)).rejects.toThrow(
      'Den Ordner für „Plan.csv“ gibt es nicht mehr. Wählen Sie einen anderen Ort.',
    );
  });
});

describe('opening', () => {
  it('reads the text and drops a byte order mark', async () => {
    const path = join(dir, 'initiatives.csv');
    await writeFile(path, '\uFEFFtitle\nFaster refunds ✓\n');
    expect(await readChosenFile(path, 1024)).toEqual({
      name: 'initiatives.csv',
      text: 'title\nFaster refunds ✓\n',
    });
  });

  it('refuses a file over the limit before reading it', async () => {
    const path = join(dir, 'huge.outside-in.json');
    await writeFile(path, '');
    await truncate(path, 21 * 1024 * 1024);
    await expect(readChosenFile(path, 20 * 1024 * 1024)).rejects.toThrow(
      '“huge.outside-in.json” is 21.0 MB; Outside-In opens files up to 20.0 MB. Is it the right file?',
    );
    await expect(readChosenFile(path, 20 * 1024 * 1024, MENU_WORDS.fr.dialogs.files)).rejects.toThrow(
      '« huge.outside-in.json » fait 21,0 Mo ; Outside-In ouvre les fichiers jusqu’à 20,0 Mo. Est-ce le bon fichier ?',
    );
  });

  it('says when the file is gone or is a folder', async () => {
    await expect(readChosenFile(join(dir, 'gone.csv'), 1024)).rejects.toThrow('“gone.csv” no longer exists.');
    await expect(readChosenFile(dir, 1024)).rejects.toThrow('is a folder, not a file.');
  });
});
