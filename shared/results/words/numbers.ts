import { formatPercent } from '../../plan/format';

/** Numbers inside text cells as the language writes them; English as `String` always did. */
export function numbersIn(language: string): {
  decimal: (value: number) => string;
  percent: (share: number) => string;
} {
  const format =
    language === 'en'
      ? String
      : (value: number) =>
          new Intl.NumberFormat(language, { maximumFractionDigits: 2, useGrouping: false }).format(value);
  return { decimal: format, percent: (share) => formatPercent(share, language) };
}
