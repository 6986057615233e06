import { MONTH_NAMES } from '../dates';

/**
 * "2026-11-23" → "23 November 2026", "23. November 2026" in German. Spelled out so no reader
 * mixes up day and month.
 */
export function dateLabel(iso: string, language = 'en'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return '';
  const month = MONTH_NAMES[Number(match[2]) - 1];
  const day = Number(match[3]);
  if (!month || day < 1 || day > 31) return iso;
  if (language === 'en') return `${day} ${month} ${match[1]}`;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, day));
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A position on the 0–100 line as people say it: a whole number. */
export function positionLabel(position: number): string {
  return String(Math.round(position));
}

/**
 * One decimal, no "-0.0"; "3,5" in languages that write a decimal comma. Arabic keeps Latin digits,
 * as its phones show them.
 */
export function oneDecimal(value: number, language = 'en'): string {
  const rounded = Math.round(value * 10) / 10;
  const text = (rounded === 0 ? 0 : rounded).toFixed(1);
  if (language === 'en') return text;
  const locale = language === 'ar' ? 'ar-u-nu-latn' : language;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    Number(text),
  );
}

/** The room's numbers stay finite even if a stored result is odd. */
export function finiteOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function clampPosition(value: number): number {
  return Math.min(100, Math.max(0, value));
}

/** A share as a whole percentage in the plan's language: "60%" in English, "60 %" in German. */
export function formatPercent(share: number, language = 'en'): string {
  if (language === 'en') return `${Math.round(share * 100)}%`;
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
