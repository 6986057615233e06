import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, type Token } from '@messageformat/parser';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../shared/languages';
import { CONSOLE_LANGUAGES } from '../shared/languages';
import {
  compileCatalogue,
  languagesOf,
  MESSAGES_DIR,
  partsOf,
  PSEUDO,
  pseudoMessage,
  readCatalogue,
} from './i18n/catalogues';
import { keysUsedIn, PHONE_SKIPS, PROJECTOR_SKIPS, reachableFiles } from './i18n/reach';

const RENDERER = resolve(import.meta.dirname, '../renderer');
const parts = partsOf();
/** Read by phones and the projector, so in every room language; the rest is the console's. */
const ROOM_PARTS = ['room', 'screen'];

function argumentsOf(tokens: Token[]): string[] {
  return tokens.flatMap((token) => {
    if (token.type === 'content' || token.type === 'octothorpe') return [];
    if (token.type === 'argument' || token.type === 'function') return [token.arg];
    return [token.arg, ...token.cases.flatMap((c) => argumentsOf(c.tokens))];
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('message catalogues', () => {
  it('has the parts the pages load, each in the languages of its readers', () => {
    expect(parts).toEqual(['agenda', 'boards', 'common', 'console', 'live', 'plan', 'room', 'screen']);
    for (const part of parts)
      expect(languagesOf(part), part).toEqual(
        [...(ROOM_PARTS.includes(part) ? LANGUAGES : CONSOLE_LANGUAGES)].sort(),
      );
    expect(readdirSync(MESSAGES_DIR).filter((f) => f.endsWith('.json'))).toEqual([]);
  });

  describe.each(parts)('part %s', (part) => {
    const en = readCatalogue('en', part);
    const keys = Object.keys(en).sort();
    const languages = languagesOf(part);

    it.each(languages)('%s has every key of English and no other', (language) => {
      expect(Object.keys(readCatalogue(language, part)).sort()).toEqual(keys);
    });

    it.each(languages)('%s keeps the arguments of each English message', (language) => {
      const args = (message: string) => [...new Set(argumentsOf(parse(message)))].sort().join(',');
      const catalogue = readCatalogue(language, part);
      const different = keys.filter((key) => args(catalogue[key]!) !== args(en[key]!));
      expect(different).toEqual([]);
    });

    it.each([...languages, PSEUDO])('%s compiles', (language) => {
      const catalogue = readCatalogue(language, part);
      for (const [key, message] of Object.entries(catalogue)) expect(() => parse(message), key).not.toThrow();
      expect(compileCatalogue(language, catalogue)).toContain('export default');
    });

    it('translates: no catalogue but English is a copy of it', () => {
      for (const language of languages.filter((l) => l !== 'en')) {
        const catalogue = readCatalogue(language, part);
        const same = keys.filter((key) => catalogue[key] === en[key]);
        // Words that are the same across languages (“OK”, arrows, “Definition”) are few.
        expect(same.length, `${language}: ${same.join(', ')}`).toBeLessThanOrEqual(
          Math.max(1, keys.length / 10),
        );
      }
    });
  });

  it('no key is in two parts', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const part of parts)
      for (const key of Object.keys(readCatalogue('en', part))) {
        if (seen.has(key)) twice.push(`${key} (${seen.get(key)}, ${part})`);
        seen.set(key, part);
      }
    expect(twice).toEqual([]);
  });

  it('every key is used in the sources and every key used exists', () => {
    const en = readCatalogue('en');
    const used = keysUsedIn(sourceFiles(RENDERER));
    expect(Object.keys(en).filter((key) => !used.has(key))).toEqual([]);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });

  it('the phone finds every word it shows in the room part alone', () => {
    const room = readCatalogue('en', 'room');
    const used = keysUsedIn(reachableFiles(join(RENDERER, 'phone/main.tsx'), PHONE_SKIPS));
    expect([...used].filter((key) => !(key in room))).toEqual([]);
  });

  it('the projector finds every word it shows in the room and screen parts', () => {
    const shown = { ...readCatalogue('en', 'room'), ...readCatalogue('en', 'screen') };
    const used = keysUsedIn(reachableFiles(join(RENDERER, 'projector/main.tsx'), PROJECTOR_SKIPS));
    expect([...used].filter((key) => !(key in shown))).toEqual([]);
  });
});

describe('the pseudo-locale', () => {
  it('accents the text and makes it longer, leaving arguments and plurals working', () => {
    const message = pseudoMessage('{count, plural, one {# card} other {# cards}} left of {total}');
    expect(message).toMatch(/^\[/);
    expect(message).toContain('{total}');
    expect(message).toContain('çàŕđš');
    expect(message.length).toBeGreaterThan(1.4 * 'card left of'.length);
    expect(() => parse(message)).not.toThrow();
  });
});
