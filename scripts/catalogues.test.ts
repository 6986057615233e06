import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, type Token } from '@messageformat/parser';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../shared/languages';
import { compileCatalogue, MESSAGES_DIR, PSEUDO, pseudoMessage, readCatalogue } from './i18n/catalogues';

const en = readCatalogue('en');
const keys = Object.keys(en).sort();

function argumentsOf(tokens: Token[]): string[] {
  return tokens.flatMap((token) => {
    if (token.type === 'content' || token.type === 'octothorpe') return [];
    if (token.type === 'argument' || token.type === 'function') return [token.arg];
    return [token.arg, ...token.cases.flatMap((c) => argumentsOf(c.tokens))];
  });
}

/** Every `t('key'` in the renderer's sources. */
function usedKeys(): Set<string> {
  const used = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
        for (const m of readFileSync(path, 'utf8').matchAll(/\bt\(\s*'([^']+)'/g)) used.add(m[1]!);
    }
  };
  walk(resolve(import.meta.dirname, '../renderer'));
  return used;
}

describe('message catalogues', () => {
  it('has one catalogue per offered language and no other', () => {
    const files = readdirSync(MESSAGES_DIR).filter((f) => f.endsWith('.json'));
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES)('%s has every key of English and no other', (language) => {
    expect(Object.keys(readCatalogue(language)).sort()).toEqual(keys);
  });

  it.each(LANGUAGES)('%s keeps the arguments of each English message', (language) => {
    const args = (message: string) => [...new Set(argumentsOf(parse(message)))].sort().join(',');
    const catalogue = readCatalogue(language);
    const different = keys.filter((key) => args(catalogue[key]!) !== args(en[key]!));
    expect(different).toEqual([]);
  });

  it.each([...LANGUAGES, PSEUDO])('%s compiles', (language) => {
    const catalogue = readCatalogue(language);
    for (const [key, message] of Object.entries(catalogue)) expect(() => parse(message), key).not.toThrow();
    expect(compileCatalogue(language, catalogue)).toContain('export default');
  });

  it('every key is used in the sources and every key used exists', () => {
    const used = usedKeys();
    expect(keys.filter((key) => !used.has(key))).toEqual([]);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });

  it('translates: no catalogue but English is a copy of it', () => {
    for (const language of LANGUAGES.filter((l) => l !== 'en')) {
      const catalogue = readCatalogue(language);
      const same = keys.filter((key) => catalogue[key] === en[key]);
      // Words that are the same across languages (“OK”, arrows) are few.
      expect(same.length, `${language}: ${same.join(', ')}`).toBeLessThan(keys.length / 10);
    }
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
