import { z } from 'zod';

/** Field shapes of the outcomes the hub checks before journaling them (see `shared/outcomes.ts`). */
export const outcomeText = (max: number) => z.string().max(max);
export const outcomeStat = z.number().finite().nullable();
export const outcomeCount = z.number().int().nonnegative();
export const outcomeId = z.string().min(1).max(200);
