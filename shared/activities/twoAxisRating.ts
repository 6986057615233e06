import { z } from 'zod';
import { answersByItem } from './answers';
import { countSchema, labelSchema, statSchema, uniqueLabelled } from './common';
import type { ActivityKind, StoredAnswer } from './kind';
import { mean, standardDeviation } from './stats';
import { around } from './simulation';

const axisSchema = z
  .object({
    label: labelSchema.max(80),
    min: z.number().int().min(0).max(1),
    max: z.number().int().min(3).max(10),
  })
  .refine((axis) => axis.min < axis.max, 'An axis needs min below max.');
export type Axis = z.infer<typeof axisSchema>;

export const twoAxisRatingConfigSchema = z.object({
  items: uniqueLabelled(200),
  /** x: value to the customer, y: burden on the customer (in the simplification exercise). */
  axes: z.object({ x: axisSchema, y: axisSchema }),
  /** Also ask "does it meet the basics?" (yes / no / unsure). */
  basicsQuestion: z.boolean(),
});
export type TwoAxisRatingConfig = z.infer<typeof twoAxisRatingConfigSchema>;

export const BASICS_ANSWERS = ['yes', 'no', 'unsure'] as const;
export type BasicsAnswer = (typeof BASICS_ANSWERS)[number];
export interface TwoAxisRatingValue {
  x: number;
  y: number;
  basics?: BasicsAnswer;
}

export const QUADRANTS = ['keep', 'simplify', 'retire', 'question'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/**
 * Where an offering's mean ratings put it. Keep: high value, low burden. Simplify: high value,
 * high burden. Retire: low value, high burden. Question: low value, low burden.
 * "High" means above the midpoint (3 on a 1–5 scale): a middling rating counts as low.
 */
export function quadrantOf(
  meanValue: number,
  meanBurden: number,
  midpoint = { value: 3, burden: 3 },
): Quadrant {
  const valuable = meanValue > midpoint.value;
  const burdensome = meanBurden > midpoint.burden;
  if (valuable) return burdensome ? 'simplify' : 'keep';
  return burdensome ? 'retire' : 'question';
}

export const ratingResultSchema = z.object({
  id: z.string(),
  count: countSchema,
  meanX: statSchema,
  meanY: statSchema,
  /** Standard deviations. */
  spreadX: statSchema,
  spreadY: statSchema,
  basics: z.object({ yes: countSchema, no: countSchema, unsure: countSchema }),
  /** Quadrant of the means (x = value, y = burden); null without answers. */
  quadrant: z.enum(QUADRANTS).nullable(),
  /** More participants said it does not meet the basics than said it does. */
  failsBasics: z.boolean(),
});
export type RatingResult = z.infer<typeof ratingResultSchema>;

export const twoAxisRatingResultSchema = z.object({ items: z.array(ratingResultSchema) });
export type TwoAxisRatingResult = z.infer<typeof twoAxisRatingResultSchema>;

const onAxis = (axis: Axis, v: number) => Number.isInteger(v) && v >= axis.min && v <= axis.max;

export function tallyTwoAxisRating(
  config: TwoAxisRatingConfig,
  answers: ReadonlyArray<StoredAnswer<TwoAxisRatingValue>>,
): TwoAxisRatingResult {
  const byItem = answersByItem(answers);
  const { x: xAxis, y: yAxis } = config.axes;
  const midpoint = { value: (xAxis.min + xAxis.max) / 2, burden: (yAxis.min + yAxis.max) / 2 };
  const items = config.items.map((item) => {
    const xs: number[] = [];
    const ys: number[] = [];
    const basics = { yes: 0, no: 0, unsure: 0 };
    for (const { value } of byItem.get(item.id) ?? []) {
      if (!onAxis(xAxis, value.x) || !onAxis(yAxis, value.y)) continue;
      xs.push(value.x);
      ys.push(value.y);
      if (config.basicsQuestion && value.basics && Object.hasOwn(basics, value.basics))
        basics[value.basics] += 1;
    }
    const meanX = mean(xs);
    const meanY = mean(ys);
    return {
      id: item.id,
      count: xs.length,
      meanX,
      meanY,
      spreadX: standardDeviation(xs),
      spreadY: standardDeviation(ys),
      basics,
      quadrant: meanX === null || meanY === null ? null : quadrantOf(meanX, meanY, midpoint),
      failsBasics: basics.no > basics.yes,
    };
  });
  return { items };
}

function axisValue(axis: Axis) {
  const message = `Rate ${axis.label.toLowerCase()} from ${axis.min} to ${axis.max}.`;
  return z.number({ error: message }).int(message).min(axis.min, message).max(axis.max, message);
}

export const twoAxisRating: ActivityKind<TwoAxisRatingConfig, TwoAxisRatingValue, TwoAxisRatingResult> = {
  kind: 'two-axis-rating',
  label: 'two-axis rating',
  configSchema: twoAxisRatingConfigSchema,
  valueSchema: (config) => {
    const base = { x: axisValue(config.axes.x), y: axisValue(config.axes.y) };
    // Without the basics question an extra "basics" field is dropped, not stored.
    return config.basicsQuestion
      ? z.object({ ...base, basics: z.enum(BASICS_ANSWERS, 'Answer yes, no or unsure.').optional() })
      : z.object(base);
  },
  items: (config) => config.items.map((i) => i.id),
  tally: tallyTwoAxisRating,
  resultSchema: twoAxisRatingResultSchema,
  simulate(config, { random, lean }) {
    const { x, y } = config.axes;
    return config.items.map((item) => {
      const value: { x: number; y: number; basics?: string } = {
        x: around(random, x.min + lean(item.id, 'x') * (x.max - x.min), 0.35 * (x.max - x.min), x.min, x.max),
        y: around(random, y.min + lean(item.id, 'y') * (y.max - y.min), 0.35 * (y.max - y.min), y.min, y.max),
      };
      if (config.basicsQuestion)
        value.basics = random() < 0.1 ? 'unsure' : random() < lean(item.id, 'basics') ? 'yes' : 'no';
      return { itemId: item.id, value };
    });
  },
};
