import { z } from 'zod';

/** Where a card ends on the push/pull board. */
export const boardColumnSchema = z.enum(['push', 'pull', 'contested']);
export type BoardColumn = z.infer<typeof boardColumnSchema>;
