import type { ScalePollPrevious } from '../../../shared/activities/scalePoll';
import { intlLocale } from '../../i18n';

/**
 * "2026-03-12" → "12 March", with the year when it is not this year's ("12 March 2025");
 * without a date, the earlier workshop's name (shortened).
 */
export function previousWhen(
  previous: Pick<ScalePollPrevious, 'date' | 'workshopName'>,
  today: Date = new Date(),
): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(previous.date);
  if (match) {
    const year = Number(match[1]);
    // In the room's language, with the year only when it is not this year's.
    return new Intl.DateTimeFormat(intlLocale(), {
      day: 'numeric',
      month: 'long',
      ...(year === today.getFullYear() ? {} : { year: 'numeric' }),
    }).format(new Date(year, Number(match[2]) - 1, Number(match[3])));
  }
  const name = previous.workshopName.trim();
  return name.length > 32 ? `${name.slice(0, 31).trimEnd()}…` : name;
}

export interface ScaleChange {
  direction: 'up' | 'down' | 'same';
  /** Size of the change, one decimal, no sign: "0.6". */
  amount: string;
}

/**
 * Today's average against the previous one, from the one-decimal values the room reads on screen
 * (2.8 → 3.4 is "up 0.6" even when the unrounded means differ by 0.55). Null before any answer.
 */
export function changeSincePrevious(mean: number | null, previous: number): ScaleChange | null {
  if (mean === null || !Number.isFinite(mean)) return null;
  const shown = (n: number) => Math.round(Number(n.toFixed(1)) * 10);
  const tenths = shown(mean) - shown(previous);
  return {
    direction: tenths > 0 ? 'up' : tenths < 0 ? 'down' : 'same',
    amount: (Math.abs(tenths) / 10).toFixed(1),
  };
}
