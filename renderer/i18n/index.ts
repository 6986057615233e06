import { useSyncExternalStore } from 'react';
import type { Burden } from '../../shared/burdens';
import type { Band } from '../../shared/continuum';
import { isRightToLeft, LANGUAGES, type Language } from '../../shared/languages';
import type agenda from './messages/agenda/en.json';
import type boards from './messages/boards/en.json';
import type common from './messages/common/en.json';
import type consoleShell from './messages/console/en.json';
import type live from './messages/live/en.json';
import type plan from './messages/plan/en.json';
import type room from './messages/room/en.json';
import type screen from './messages/screen/en.json';

export const PARTS = ['room', 'screen', 'common', 'console', 'agenda', 'live', 'boards', 'plan'] as const;
export type Part = (typeof PARTS)[number];

export type MessageKey =
  | keyof typeof room
  | keyof typeof screen
  | keyof typeof common
  | keyof typeof consoleShell
  | keyof typeof agenda
  | keyof typeof live
  | keyof typeof boards
  | keyof typeof plan;
export type UiLanguage = Language | 'en-XA';
/** A compiled catalogue: one function per message. */
export type Messages = Record<string, (params?: Record<string, unknown>) => string>;
type Loader = () => Promise<Messages>;

/**
 * The catalogue chunks a page can load, as `import.meta.glob` over `messages/<part>/<lang>.json`
 * finds them in the page's own entry: `compiled` with `?messages`, `pseudo` (English) with
 * `?pseudo`. A page globs only the parts it shows: the phone `room`, the projector `room` and
 * `screen`, the console every part (its previews show what phones and projector show). The glob
 * stays in the page's entry so its bundle names no other part's chunks.
 */
export interface PageCatalogues {
  compiled: Record<string, Loader>;
  pseudo: Record<string, Loader>;
}

/** Loaders by `part/language` (`room/de`; `room/en-XA` for the pseudo-locale). */
let loaders = new Map<string, Loader>();
let pageParts: readonly string[] = [];

function byPart(glob: Record<string, Loader>, language?: UiLanguage): [string, Loader][] {
  return Object.entries(glob).flatMap(([path, load]): [string, Loader][] => {
    const match = /messages\/([^/]+)\/([^/]+)\.json$/.exec(path);
    return match ? [[`${match[1]}/${language ?? match[2]}`, load]] : [];
  });
}

/** This page's catalogues; call before the first `loadLanguage`. */
export function setPageCatalogues({ compiled, pseudo }: PageCatalogues): void {
  loaders = new Map([...byPart(compiled), ...byPart(pseudo, 'en-XA')]);
  pageParts = [...new Set([...loaders.keys()].map((key) => key.split('/')[0]!))];
}

const UI_LANGUAGES: readonly UiLanguage[] = [...LANGUAGES, 'en-XA'];

let messages: Messages = {};
let current: UiLanguage | null = null;
let loading: UiLanguage | null = null;
const listeners = new Set<() => void>();

export function isUiLanguage(value: string | null | undefined): value is UiLanguage {
  return !!value && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** Loads a language and makes it the page's (lang, dir); the last one asked for wins. */
export async function loadLanguage(language: UiLanguage): Promise<void> {
  if (language === current && loading === null) return;
  loading = language;
  // A part the language lacks (the console's parts in Arabic) is left out, and `t` shows the key.
  const parts = await Promise.all(pageParts.map((part) => loaders.get(`${part}/${language}`)?.() ?? {}));
  const loaded: Messages = Object.assign({}, ...parts);
  if (loading !== language) return;
  loading = null;
  messages = loaded;
  current = language;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language;
    document.documentElement.dir = isRightToLeft(language) ? 'rtl' : 'ltr';
  }
  for (const listener of listeners) listener();
}

export function currentLanguage(): UiLanguage {
  return current ?? 'en';
}

/** The message in the page's language; the key itself while no catalogue is loaded. */
export function t(key: MessageKey, params?: Record<string, unknown>): string {
  const message = messages[key];
  return message ? message(params) : key;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Re-renders the caller when the page's language changes. */
export function useUiLanguage(): UiLanguage {
  return useSyncExternalStore(subscribe, currentLanguage, currentLanguage);
}

/** The locale for Intl: the pseudo-locale formats as English. */
export function intlLocale(language: UiLanguage = currentLanguage()): string {
  // British English, as the product writes it: "12 March", not "March 12".
  return language === 'en' || language === 'en-XA' ? 'en-GB' : language;
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(), options).format(value);
}

/** A mean as the page's language writes it with one decimal: "3.4", "3,4" in German. */
export function formatOneDecimal(value: number): string {
  return formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** 0.42 → "42 %" in German, "42%" in English. */
export function formatPercent(fraction: number): string {
  return formatNumber(fraction, { style: 'percent', maximumFractionDigits: 0 });
}

/** The continuum's band names in the page's language. */
export const bandLabel = (band: Band): string =>
  ({ symbolic: t('band.symbolic'), process: t('band.process'), substantive: t('band.substantive') })[band];

export const burdenLabel = (burden: Burden): string =>
  ({
    time: t('burden.time'),
    worry: t('burden.worry'),
    effort: t('burden.effort'),
    money: t('burden.money'),
  })[burden];
