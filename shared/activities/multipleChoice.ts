import { z } from 'zod';
import { answersByItem } from './answers';
import { countSchema, uniqueLabelled } from './common';
import type { ActivityKind, StoredAnswer } from './kind';
import { pickWeighted, shuffled } from './simulation';

/** The one item of a multiple-choice activity. */
export const CHOICE_ITEM = 'choice';

export const multipleChoiceConfigSchema = z
  .object({
    options: uniqueLabelled(50),
    multi: z.boolean(),
    /** Only for multi: at most this many ticks. */
    maxChoices: z.number().int().min(1).max(50).optional(),
  })
  .refine((c) => c.maxChoices === undefined || c.multi, 'maxChoices only applies to multi choice.');
export type MultipleChoiceConfig = z.infer<typeof multipleChoiceConfigSchema>;
/** Single: one option id. Multi: distinct option ids (an empty list means "none of these"). */
export type MultipleChoiceValue = string | string[];

export const multipleChoiceResultSchema = z.object({
  options: z.array(
    z.object({
      id: z.string(),
      count: countSchema,
      /** count / respondents, 0 when nobody answered. */
      share: z.number().min(0).max(1),
    }),
  ),
  respondents: countSchema,
});
export type MultipleChoiceResult = z.infer<typeof multipleChoiceResultSchema>;

function optionIdSchema(config: MultipleChoiceConfig) {
  const ids = new Set(config.options.map((o) => o.id));
  return z.string().refine((id) => ids.has(id), 'That option is not in this question.');
}

export function tallyMultipleChoice(
  config: MultipleChoiceConfig,
  answers: ReadonlyArray<StoredAnswer<MultipleChoiceValue>>,
): MultipleChoiceResult {
  const counts = new Map(config.options.map((o) => [o.id, 0]));
  let respondents = 0;
  for (const answer of answersByItem(answers).get(CHOICE_ITEM) ?? []) {
    const chosen = new Set(Array.isArray(answer.value) ? answer.value : [answer.value]);
    respondents += 1;
    for (const id of chosen) {
      const count = counts.get(id);
      if (count !== undefined) counts.set(id, count + 1);
    }
  }
  return {
    options: config.options.map((o) => {
      const count = counts.get(o.id) ?? 0;
      return { id: o.id, count, share: respondents ? count / respondents : 0 };
    }),
    respondents,
  };
}

export const multipleChoice: ActivityKind<MultipleChoiceConfig, MultipleChoiceValue, MultipleChoiceResult> = {
  kind: 'multiple-choice',
  label: 'multiple choice',
  configSchema: multipleChoiceConfigSchema,
  valueSchema: (config) => {
    if (!config.multi) return optionIdSchema(config);
    const max = config.maxChoices ?? config.options.length;
    return z
      .array(optionIdSchema(config))
      .max(max, `Pick at most ${max}.`)
      .refine((ids) => new Set(ids).size === ids.length, 'Each option can be picked once.');
  },
  items: () => [CHOICE_ITEM],
  tally: tallyMultipleChoice,
  resultSchema: multipleChoiceResultSchema,
  simulate(config, { random, lean }) {
    if (!config.multi) {
      const pick = pickWeighted(
        random,
        config.options.map((o) => 0.05 + lean(o.id, 'choice')),
      );
      return [{ itemId: CHOICE_ITEM, value: config.options[pick]!.id }];
    }
    const ticked = config.options.filter((o) => random() < lean(o.id, 'choice')).map((o) => o.id);
    const max = config.maxChoices ?? config.options.length;
    const kept = ticked.length > max ? new Set(shuffled(random, ticked).slice(0, max)) : new Set(ticked);
    return [{ itemId: CHOICE_ITEM, value: ticked.filter((id) => kept.has(id)) }];
  },
};
