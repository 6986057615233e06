import { titleKey } from '../../../shared/exercises/push-pull/cardImport';

/**
 * Pasted lines that are not in the list yet (nor repeated in the paste), and how many were skipped.
 * Titles compare without case and extra spaces.
 */
export function newTitles(
  lines: readonly string[],
  existing: readonly string[],
  max: number,
): { titles: string[]; skipped: number } {
  const seen = new Set(existing.map(titleKey));
  const titles: string[] = [];
  for (const line of lines) {
    const title = line.replace(/\s+/g, ' ').trim().slice(0, max);
    const key = titleKey(title);
    if (!title || seen.has(key)) continue;
    seen.add(key);
    titles.push(title);
  }
  return { titles, skipped: lines.length - titles.length };
}
