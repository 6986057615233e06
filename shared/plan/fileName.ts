import type { Workshop } from '../workshop/schema';

/** "Acme kickoff – action plan.pdf": a bare file name, safe on every OS. */
export function planFileName(workshop: Pick<Workshop, 'name'>, extension: 'pdf' | 'csv'): string {
  const base = workshop.name
    .normalize('NFKC')
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base || 'Workshop'} – action plan.${extension}`;
}
