import { z } from 'zod';
import { BANDS, bandOf } from '../continuum';
import { answersByItem } from './answers';
import { countSchema, statSchema, uniqueLabelled } from './common';
import type { ActivityKind, StoredAnswer } from './kind';
import { mean, quantile } from './stats';
import { around } from './simulation';

export const continuumPlacementConfigSchema = z.object({ items: uniqueLabelled(300) });
export type ContinuumPlacementConfig = z.infer<typeof continuumPlacementConfigSchema>;
/** Position on the symbolic (0) → substantive (100) line. */
export type ContinuumPlacementValue = number;

export const placementResultSchema = z.object({
  id: z.string(),
  count: countSchema,
  mean: statSchema,
  median: statSchema,
  p25: statSchema,
  p75: statSchema,
  /** Interquartile range p75 − p25: how far apart the middle half of the room is. */
  spread: statSchema,
  /** Band of the median; null without answers. */
  band: z.enum(BANDS).nullable(),
});
export type PlacementResult = z.infer<typeof placementResultSchema>;

export const continuumPlacementResultSchema = z.object({ items: z.array(placementResultSchema) });
export type ContinuumPlacementResult = z.infer<typeof continuumPlacementResultSchema>;

export function tallyContinuumPlacement(
  config: ContinuumPlacementConfig,
  answers: ReadonlyArray<StoredAnswer<ContinuumPlacementValue>>,
): ContinuumPlacementResult {
  const byItem = answersByItem(answers);
  const items = config.items.map((item) => {
    const values = (byItem.get(item.id) ?? [])
      .map((a) => a.value)
      .filter((v) => Number.isFinite(v) && v >= 0 && v <= 100);
    const median = quantile(values, 0.5);
    const p25 = quantile(values, 0.25);
    const p75 = quantile(values, 0.75);
    return {
      id: item.id,
      count: values.length,
      mean: mean(values),
      median,
      p25,
      p75,
      spread: p25 === null || p75 === null ? null : p75 - p25,
      band: median === null ? null : bandOf(median),
    };
  });
  return { items };
}

export const continuumPlacement: ActivityKind<
  ContinuumPlacementConfig,
  ContinuumPlacementValue,
  ContinuumPlacementResult
> = {
  kind: 'continuum-placement',
  label: 'continuum placement',
  configSchema: continuumPlacementConfigSchema,
  valueSchema: () =>
    z
      .number({ error: 'Place it on the line from 0 to 100.' })
      .min(0, 'Place it on the line from 0 to 100.')
      .max(100, 'Place it on the line from 0 to 100.'),
  items: (config) => config.items.map((i) => i.id),
  tally: tallyContinuumPlacement,
  resultSchema: continuumPlacementResultSchema,
  simulate(config, { random, lean }) {
    return config.items.map((item) => ({
      itemId: item.id,
      value: around(random, lean(item.id, 'position') * 100, 28, 0, 100),
    }));
  },
};
