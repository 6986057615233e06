import { t } from '../../i18n';

/** "1 h 05 min", "45 min" in the console's language: `durationText` from shared, translated. */
export function durationLabel(minutes: number): string {
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (!hours) return t('agenda.minutes', { minutes: rest });
  return rest
    ? t('agenda.duration.hoursMinutes', { hours, minutes: String(rest).padStart(2, '0') })
    : t('agenda.duration.hours', { hours });
}
