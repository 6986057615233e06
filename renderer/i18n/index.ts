import { useSyncExternalStore } from 'react';
import type { Burden } from '../../shared/burdens';
import type { Band } from '../../shared/continuum';
import { isRightToLeft, type Language } from '../../shared/languages';
import type en from './messages/en.json';

export type MessageKey = keyof typeof en;
export type UiLanguage = Language | 'en-XA';
type Messages = Record<string, (params?: Record<string, unknown>) => string>;

// One chunk per language: a phone downloads only the one it shows.
const LOADERS: Record<UiLanguage, () => Promise<{ default: Messages }>> = {
  en: () => import('./messages/en.json?messages'),
  de: () => import('./messages/de.json?messages'),
  fr: () => import('./messages/fr.json?messages'),
  es: () => import('./messages/es.json?messages'),
  nl: () => import('./messages/nl.json?messages'),
  'pt-BR': () => import('./messages/pt-BR.json?messages'),
  ar: () => import('./messages/ar.json?messages'),
  'en-XA': () => import('./messages/en-XA.json?messages'),
};

let messages: Messages = {};
let current: UiLanguage | null = null;
let loading: UiLanguage | null = null;
const listeners = new Set<() => void>();

export function isUiLanguage(value: string | null | undefined): value is UiLanguage {
  return !!value && Object.hasOwn(LOADERS, value);
}

/** Loads a language and makes it the page's (lang, dir); the last one asked for wins. */
export async function loadLanguage(language: UiLanguage): Promise<void> {
  if (language === current && loading === null) return;
  loading = language;
  const loaded = (await LOADERS[language]()).default;
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
