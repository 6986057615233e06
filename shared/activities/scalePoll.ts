import { z } from 'zod';
import { answersByItem } from './answers';
import { countSchema, labelledSchema, labelSchema, statSchema } from './common';
import type { ActivityKind, StoredAnswer } from './kind';
import { mean, median, standardDeviation } from './stats';
import { around } from './simulation';

/**
 * What the same question scored the last time it was asked (another session), shown beside the
 * room's answers for comparison. A reference only: never counted in the tally.
 */
export const scalePollPreviousSchema = z.object({
  mean: z.number().finite(),
  count: z.number().int().positive(),
  /** YYYY-MM-DD, or empty when that session had no date. */
  date: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'a date as YYYY-MM-DD, or empty'),
  workshopName: z.string().min(1).max(120),
});
export type ScalePollPrevious = z.infer<typeof scalePollPreviousSchema>;

const scalePollItemSchema = labelledSchema.extend({ previous: scalePollPreviousSchema.optional() });

export const scalePollConfigSchema = z
  .object({
    items: z
      .array(scalePollItemSchema)
      .min(1)
      .max(50)
      .refine((list) => new Set(list.map((x) => x.id)).size === list.length, 'Ids must be unique.'),
    min: z.literal(1),
    max: z.union([z.literal(5), z.literal(10)]),
    minLabel: labelSchema.max(40).optional(),
    maxLabel: labelSchema.max(40).optional(),
  })
  .superRefine((config, ctx) => {
    config.items.forEach((item, index) => {
      const mean = item.previous?.mean;
      if (mean !== undefined && (mean < config.min || mean > config.max)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'previous', 'mean'],
          message: `The earlier average must lie on the scale, ${config.min} to ${config.max}.`,
        });
      }
    });
  });
export type ScalePollConfig = z.infer<typeof scalePollConfigSchema>;
export type ScalePollValue = number;

export const scalePollItemResultSchema = z.object({
  id: z.string(),
  count: countSchema,
  mean: statSchema,
  median: statSchema,
  /** Standard deviation: high means the room disagrees. */
  spread: statSchema,
  /** distribution[i] = how many answered min + i. */
  distribution: z.array(countSchema),
});
export type ScalePollItemResult = z.infer<typeof scalePollItemResultSchema>;

export const scalePollResultSchema = z.object({
  items: z.array(scalePollItemResultSchema),
  /** Participants who answered at least one item. */
  respondents: countSchema,
});
export type ScalePollResult = z.infer<typeof scalePollResultSchema>;

export function tallyScalePoll(
  config: ScalePollConfig,
  answers: ReadonlyArray<StoredAnswer<ScalePollValue>>,
): ScalePollResult {
  const byItem = answersByItem(answers);
  const respondents = new Set<string>();
  const items = config.items.map((item) => {
    const distribution = new Array<number>(config.max - config.min + 1).fill(0);
    const values: number[] = [];
    for (const answer of byItem.get(item.id) ?? []) {
      const v = answer.value;
      // Answers outside the scale (config edited after voting) are not counted.
      if (!Number.isInteger(v) || v < config.min || v > config.max) continue;
      values.push(v);
      distribution[v - config.min]! += 1;
      respondents.add(answer.participantId);
    }
    return {
      id: item.id,
      count: values.length,
      mean: mean(values),
      median: median(values),
      spread: standardDeviation(values),
      distribution,
    };
  });
  return { items, respondents: respondents.size };
}

export const scalePoll: ActivityKind<ScalePollConfig, ScalePollValue, ScalePollResult> = {
  kind: 'scale-poll',
  label: 'scale poll',
  configSchema: scalePollConfigSchema,
  valueSchema: (config) =>
    z
      .number({ error: `Pick a number from ${config.min} to ${config.max}.` })
      .int(`Pick a whole number from ${config.min} to ${config.max}.`)
      .min(config.min, `Pick a number from ${config.min} to ${config.max}.`)
      .max(config.max, `Pick a number from ${config.min} to ${config.max}.`),
  items: (config) => config.items.map((item) => item.id),
  tally: tallyScalePoll,
  resultSchema: scalePollResultSchema,
  simulate(config, { random, lean, mood }) {
    const range = config.max - config.min;
    return config.items.map((item) => ({
      itemId: item.id,
      value: around(
        random,
        config.min + (lean(item.id, 'rating') + mood) * range,
        0.4 * range,
        config.min,
        config.max,
      ),
    }));
  },
};
