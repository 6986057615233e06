import { z } from 'zod';
import { answersByItem } from './answers';
import { countSchema, labelSchema, statSchema, uniqueLabelled } from './common';
import type { ActivityKind, StoredAnswer } from './kind';
import { mean, median, standardDeviation } from './stats';

export const scalePollConfigSchema = z.object({
  items: uniqueLabelled(50),
  min: z.literal(1),
  max: z.union([z.literal(5), z.literal(10)]),
  minLabel: labelSchema.max(40).optional(),
  maxLabel: labelSchema.max(40).optional(),
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
};
