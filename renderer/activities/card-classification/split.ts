import { t } from '../../i18n';
import type { CardClassificationConfig, CardResult } from '../../../shared/activities/cardClassification';

export interface Segment {
  id: string;
  label: string;
  count: number;
  /** Colour role: the first decisive category, the second, or undecided (unsure and others). */
  tone: 'first' | 'second' | 'other';
}

/**
 * A card's votes as bar segments: the first decisive category left, the second right, the rest
 * between. The projector, the live tool and the board all draw their bars from it.
 */
export function segmentsOf(
  config: Pick<CardClassificationConfig, 'categories' | 'decisive'>,
  card: Pick<CardResult, 'counts'> | undefined,
): Segment[] {
  const [first, second] = config.decisive;
  const count = (id: string) => card?.counts[id] ?? 0;
  const label = (id: string) => config.categories.find((c) => c.id === id)?.label ?? id;
  const others = config.categories.filter((c) => c.id !== first && c.id !== second);
  return [
    { id: first, label: label(first), count: count(first), tone: 'first' },
    ...others.map((c) => ({ id: c.id, label: c.label, count: count(c.id), tone: 'other' as const })),
    { id: second, label: label(second), count: count(second), tone: 'second' },
  ];
}

/** Short column names for the bar legend: "Pushed by us" → "Push" reads better at a glance. */
const shortLabels = (): Record<string, string> => ({
  push: t('split.push'),
  pull: t('split.pull'),
  unsure: t('split.unsure'),
});
export const shortLabel = (segment: Pick<Segment, 'id' | 'label'>) =>
  shortLabels()[segment.id] ?? segment.label;
