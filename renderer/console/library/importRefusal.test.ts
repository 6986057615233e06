import { afterEach, describe, expect, it } from 'vitest';
import { readWorkshopFile, writeWorkshopFile } from '../../../shared/workshop/file';
import { newWorkshop } from '../../../shared/workshop/schema';
import { loadLanguage } from '../../i18n';
import { describeRefusal } from './importRefusal';
import { relativeTime } from './relativeTime';

afterEach(() => loadLanguage('en'));

const refusalOf = (text: string, bytes = text.length) => {
  const read = readWorkshopFile(text, bytes);
  if (read.ok) throw new Error('expected the file to be refused');
  return read;
};

describe('an import refusal in the console’s language', () => {
  it('reads in English exactly as the file reader words it', () => {
    const future = writeWorkshopFile(newWorkshop('Future')).replace('"version": 1', '"version": 7');
    const damaged = JSON.parse(writeWorkshopFile(newWorkshop('Damaged')));
    damaged.workshop.agenda[0].minutes = -5;
    const wrecked = JSON.parse(writeWorkshopFile(newWorkshop('Wrecked')));
    for (const exercise of wrecked.workshop.agenda) exercise.minutes = -5;
    for (const [text, bytes] of [
      [JSON.stringify(damaged), 0],
      [JSON.stringify(wrecked), 0],
      [future, future.length],
      ['', 0],
      ['{"a": [1, 2', 11],
      ['PK zip bytes', 12],
      ['{"name": "budget"}', 18],
      ['{}', 50 * 1024 * 1024],
    ] as const) {
      const read = refusalOf(text, bytes);
      expect(describeRefusal(read.refusal)).toBe(read.message);
    }
  });

  it('speaks German with German numbers', async () => {
    await loadLanguage('de');
    const future = writeWorkshopFile(newWorkshop('Future')).replace('"version": 1', '"version": 7');
    expect(describeRefusal(refusalOf(future).refusal)).toMatch(/neueren Version von Outside-In \(Format 7\)/);
    expect(describeRefusal(refusalOf('{}', 50 * 1024 * 1024).refusal)).toMatch(/50,0 MB/);
  });
});

describe('how long ago, in the console’s language', () => {
  const now = Date.UTC(2026, 10, 23, 12);
  it('says it in French and Dutch', async () => {
    await loadLanguage('fr');
    expect(relativeTime(now - 5 * 60_000, now)).toBe('il y a 5 minutes');
    expect(relativeTime(now - 26 * 3600_000, now)).toBe('hier');
    await loadLanguage('nl');
    expect(relativeTime(now - 4 * 86400_000, now)).toBe('4 dagen geleden');
    expect(relativeTime(now - 30 * 86400_000, now)).toMatch(/okt\.? 2026/);
  });
});
