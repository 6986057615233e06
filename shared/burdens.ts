import { z } from 'zod';

/** The four customer burdens: what it costs a customer to find, buy and use what we offer. */
export const BURDENS = ['time', 'worry', 'effort', 'money'] as const;
export const burdenSchema = z.enum(BURDENS);
export type Burden = z.infer<typeof burdenSchema>;

export const BURDEN_LABELS: Record<Burden, string> = {
  time: 'Time',
  worry: 'Worry',
  effort: 'Effort',
  money: 'Money',
};
