import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/lib/compile-module.js';
import { parse, type Token } from '@messageformat/parser';
import type { Plugin } from 'vite';

export const MESSAGES_DIR = resolve(import.meta.dirname, '../../renderer/i18n/messages');
/** The pseudo-locale: English made 40 % longer and accented, to find cut-off text and literals left over. */
export const PSEUDO = 'en-XA';
const QUERIES = ['?messages', '?pseudo'];

export type Catalogue = Record<string, string>;

/** The catalogue's parts: one folder each under `renderer/i18n/messages`. */
export function partsOf(dir = MESSAGES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The languages one part is written in. */
export function languagesOf(part: string, dir = MESSAGES_DIR): string[] {
  return readdirSync(resolve(dir, part))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** One part in one language; without a part, every part of the language merged. */
export function readCatalogue(language: string, part?: string, dir = MESSAGES_DIR): Catalogue {
  if (language === PSEUDO) return pseudoCatalogue(readCatalogue('en', part, dir));
  if (part === undefined)
    return Object.assign(
      {},
      ...partsOf(dir)
        .filter((p) => languagesOf(p, dir).includes(language))
        .map((p) => readCatalogue(language, p, dir)),
    ) as Catalogue;
  return JSON.parse(readFileSync(resolve(dir, part, `${language}.json`), 'utf8')) as Catalogue;
}

/** An ES module of one function per message, importing only the plural rules it needs from the runtime. */
export function compileCatalogue(language: string, catalogue: Catalogue): string {
  const locale = language === PSEUDO ? 'en' : language.split('-')[0]!;
  return compileModule(new MessageFormat(locale, { strict: false }), catalogue);
}

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ'].map((c, i) => [
    c,
    [...'àƀçđéĝĥîķĺñöŕšţûýžÀƁÇĐÉĜĤÎĶĹÑÖŔŠŢÛÝŽ'][i]!,
  ]),
);

function accent(text: string): string {
  return [...text].map((c) => ACCENTED[c] ?? c).join('');
}

function escape(text: string, inPlural: boolean): string {
  const quoted = text.replace(/'/g, "''").replace(/[{}]/g, (m) => `'${m}'`);
  return inPlural ? quoted.replace(/#/g, "'#'") : quoted;
}

function serialise(tokens: Token[], inPlural: boolean, pad: (text: string) => string): string {
  return tokens
    .map((token) => {
      switch (token.type) {
        case 'content':
          return escape(pad(token.value), inPlural);
        case 'argument':
          return `{${token.arg}}`;
        case 'octothorpe':
          return '#';
        case 'function':
          return `{${token.arg}, ${token.key}${token.param ? `, ${serialise(token.param, inPlural, (t) => t)}` : ''}}`;
        default: {
          const plural = token.type !== 'select';
          const offset = token.pluralOffset ? `offset:${token.pluralOffset} ` : '';
          const cases = token.cases.map((c) => `${c.key} {${serialise(c.tokens, plural || inPlural, pad)}}`);
          return `{${token.arg}, ${token.type}, ${offset}${cases.join(' ')}}`;
        }
      }
    })
    .join('');
}

/** Every text part accented and 40 % longer; arguments, plurals and selects untouched. */
export function pseudoMessage(message: string): string {
  const padded = (text: string) =>
    accent(text) + (text.trim() ? '·'.repeat(Math.ceil(text.length * 0.4)) : '');
  return `[${serialise(parse(message), false, padded)}]`;
}

export function pseudoCatalogue(en: Catalogue): Catalogue {
  return Object.fromEntries(Object.entries(en).map(([key, message]) => [key, pseudoMessage(message)]));
}

/**
 * `import('./messages/room/de.json?messages')` gives the German room catalogue compiled to
 * functions at build time, so the phone carries no ICU parser; `en.json?pseudo` makes the
 * pseudo-locale from English.
 */
export function messagesPlugin(
  /** Given by the configs: bundled, this module no longer knows where it came from. */
  dir: string,
): Plugin {
  const split = (id: string) => {
    const query = QUERIES.find((q) => id.endsWith(q));
    return query ? { file: id.slice(0, -query.length), query } : null;
  };
  return {
    name: 'outside-in:messages',
    enforce: 'pre',
    // Catalogues live in one folder: the id is the part's file there, whatever path imported it.
    resolveId(source) {
      const found = split(source);
      if (!found) return null;
      return `${resolve(dir, basename(dirname(found.file)), basename(found.file))}${found.query}`;
    },
    load(id) {
      const found = split(id);
      if (!found) return null;
      const language = basename(found.file, '.json');
      const part = basename(dirname(found.file));
      this.addWatchFile(found.file);
      if (found.query === '?pseudo') return compileCatalogue(PSEUDO, readCatalogue(PSEUDO, part, dir));
      return compileCatalogue(language, readCatalogue(language, part, dir));
    },
  };
}
