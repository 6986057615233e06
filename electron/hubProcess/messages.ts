import { z } from 'zod';

/** Between the main process and the hub's own process: what to start, and how it went. */
export const hubStartOptionsSchema = z.object({
  port: z.number().int().min(0).max(65535),
  host: z.string().max(64).optional(),
  dataDir: z.string().min(1),
  rendererDir: z.string().min(1),
  serveConsole: z.boolean(),
  facilitatorToken: z.string().min(16),
});
export type HubProcessStart = z.infer<typeof hubStartOptionsSchema>;

export const toHubSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), options: hubStartOptionsSchema }),
  z.object({ type: z.literal('close') }),
]);
export type ToHub = z.infer<typeof toHubSchema>;

export const fromHubSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('started'),
    port: z.number().int(),
    localUrl: z.string(),
  }),
  /** `code`: the system's error code (EADDRINUSE: the port is taken). */
  z.object({ type: z.literal('failed'), message: z.string(), code: z.string().optional() }),
  z.object({ type: z.literal('closed') }),
]);
export type FromHub = z.infer<typeof fromHubSchema>;
