import { intlLocale } from '../../i18n';

/** A workshop's day ("2026-03-12") as the console's language writes it: "12 Mar 2026", "12. März 2026". */
export function formatWorkshopDate(iso: string): string {
  return new Date(`${iso}T12:00:00`).toLocaleDateString(intlLocale(), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}
