import { intlLocale, t } from '../../i18n';

/** "just now", "5 minutes ago", "yesterday", or a date: how long ago a workshop last changed. */
export function relativeTime(then: number, now = Date.now()): string {
  const seconds = Math.round((now - then) / 1000);
  if (seconds < 45) return t('console.time.justNow');
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return t('console.time.minutesAgo', { count: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 24) return t('console.time.hoursAgo', { count: hours });
  const days = Math.round(hours / 24);
  if (days === 1) return t('console.time.yesterday');
  if (days < 7) return t('console.time.daysAgo', { count: days });
  return new Date(then).toLocaleDateString(intlLocale(), { day: 'numeric', month: 'short', year: 'numeric' });
}
