import { z } from 'zod';
import { BURDENS, burdenSchema, type Burden } from '../burdens';
import { answersByItem } from './answers';
import { countSchema, statSchema, uniqueLabelled } from './common';
import type { ActivityKind, StoredAnswer } from './kind';
import { mean } from './stats';
import { around } from './simulation';

export const journeyHeatmapConfigSchema = z.object({
  stages: uniqueLabelled(20),
  /** Which burdens are rated, in display order. */
  burdens: z
    .array(burdenSchema)
    .min(1)
    .max(BURDENS.length)
    .refine((list) => new Set(list).size === list.length, 'Each burden once.'),
  /** Ratings go from 0 (none) to max (a lot). */
  max: z.literal(3),
});
export type JourneyHeatmapConfig = z.infer<typeof journeyHeatmapConfigSchema>;
/** One participant's ratings of one stage (item = stage id), one per configured burden. */
export type JourneyHeatmapValue = Partial<Record<Burden, number>>;

const cellSchema = z.object({ mean: statSchema, count: countSchema });
export const stageResultSchema = z.object({
  id: z.string(),
  count: countSchema,
  burdens: z.partialRecord(burdenSchema, cellSchema),
});
export type StageResult = z.infer<typeof stageResultSchema>;

export const worstCellSchema = z.object({ stageId: z.string(), burden: burdenSchema, mean: z.number() });
export type WorstCell = z.infer<typeof worstCellSchema>;

export const journeyHeatmapResultSchema = z.object({
  stages: z.array(stageResultSchema),
  /** Every rated cell, heaviest burden first; ties in journey order, then burden order. */
  worst: z.array(worstCellSchema),
});
export type JourneyHeatmapResult = z.infer<typeof journeyHeatmapResultSchema>;

export function tallyJourneyHeatmap(
  config: JourneyHeatmapConfig,
  answers: ReadonlyArray<StoredAnswer<JourneyHeatmapValue>>,
): JourneyHeatmapResult {
  const byItem = answersByItem(answers);
  const worst: Array<WorstCell & { order: number }> = [];
  const stages = config.stages.map((stage, stageIndex) => {
    const stageAnswers = byItem.get(stage.id) ?? [];
    const burdens: StageResult['burdens'] = {};
    config.burdens.forEach((burden, burdenIndex) => {
      const values = stageAnswers
        .map((a) => a.value[burden])
        .filter((v): v is number => Number.isInteger(v) && v! >= 0 && v! <= config.max);
      const m = mean(values);
      burdens[burden] = { mean: m, count: values.length };
      if (m !== null)
        worst.push({ stageId: stage.id, burden, mean: m, order: stageIndex * 10 + burdenIndex });
    });
    return { id: stage.id, count: stageAnswers.length, burdens };
  });
  worst.sort((a, b) => b.mean - a.mean || a.order - b.order);
  return { stages, worst: worst.map(({ stageId, burden, mean }) => ({ stageId, burden, mean })) };
}

export const journeyHeatmap: ActivityKind<JourneyHeatmapConfig, JourneyHeatmapValue, JourneyHeatmapResult> = {
  kind: 'journey-heatmap',
  label: 'journey heatmap',
  configSchema: journeyHeatmapConfigSchema,
  valueSchema: (config) => {
    const message = `Rate each burden from 0 (none) to ${config.max} (a lot).`;
    const rating = z.number({ error: message }).int(message).min(0, message).max(config.max, message);
    return z.object(
      Object.fromEntries(config.burdens.map((b) => [b, rating])),
    ) as z.ZodType<JourneyHeatmapValue>;
  },
  items: (config) => config.stages.map((s) => s.id),
  tally: tallyJourneyHeatmap,
  resultSchema: journeyHeatmapResultSchema,
  simulate(config, { random, lean, mood }) {
    return config.stages.map((stage) => ({
      itemId: stage.id,
      value: Object.fromEntries(
        config.burdens.map((b) => [
          b,
          around(random, (lean(stage.id, b) + mood) * config.max, 0.47 * config.max, 0, config.max),
        ]),
      ),
    }));
  },
};
