import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/lib/compile-module.js';
import { parse, type Token } from '@messageformat/parser';
import type { Plugin } from 'vite';

export const MESSAGES_DIR = resolve(import.meta.dirname, '../../renderer/i18n/messages');
/** The pseudo-locale: English made 40 % longer and accented, to find cut-off text and literals left over. */
export const PSEUDO = 'en-XA';
const SUFFIX = '.json?messages';

export type Catalogue = Record<string, string>;

export function readCatalogue(language: string, dir = MESSAGES_DIR): Catalogue {
  if (language === PSEUDO) return pseudoCatalogue(readCatalogue('en', dir));
  return JSON.parse(readFileSync(resolve(dir, `${language}.json`), 'utf8')) as Catalogue;
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
 * `import('./messages/de.json?messages')` gives the German catalogue compiled to functions at build
 * time, so the phone carries no ICU parser; `en-XA` is made from English on the fly.
 */
export function messagesPlugin(
  /** Given by the configs: bundled, this module no longer knows where it came from. */
  dir: string,
): Plugin {
  return {
    name: 'outside-in:messages',
    enforce: 'pre',
    // Catalogues live in one folder: the id is the file there, whatever path imported it.
    resolveId(source) {
      if (!source.endsWith(SUFFIX)) return null;
      return `${resolve(dir, basename(source.slice(0, -'?messages'.length)))}?messages`;
    },
    load(id) {
      if (!id.endsWith(SUFFIX)) return null;
      const file = id.slice(0, -'?messages'.length);
      const language = basename(file, '.json');
      if (language !== PSEUDO) this.addWatchFile(file);
      return compileCatalogue(language, readCatalogue(language, dir));
    },
  };
}
