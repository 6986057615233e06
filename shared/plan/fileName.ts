import type { Workshop } from '../workshop/schema';

/** The workshop's name as the start of a bare file name, safe on every OS. */
export function fileNameBase(workshop: Pick<Workshop, 'name'>): string {
  const base = workshop.name
    .normalize('NFKC')
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return base || 'Workshop';
}

/** "Acme kickoff – action plan.pdf". */
export function planFileName(workshop: Pick<Workshop, 'name'>, extension: 'pdf' | 'csv'): string {
  return `${fileNameBase(workshop)} – action plan.${extension}`;
}
