import type { z } from 'zod/mini';
import { clientMessageSchema, hubMessageSchema, type ClientMessage, type HubMessage } from './messages';

export type Parsed<T> =
  { ok: true; message: T } | { ok: false; error: { code: 'bad-json' | 'invalid-message'; message: string } };

const KNOWN_CLIENT_TYPES = new Set(['hello', 'answer', 'control', 'resync', 'ping', 'page']);

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

function parseWith<T>(
  schema: { safeParse(data: unknown): z.core.util.SafeParseResult<T> },
  raw: string,
  knownTypes?: Set<string>,
): Parsed<T> {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, error: { code: 'bad-json', message: 'That message was not valid JSON.' } };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      ok: false,
      error: { code: 'invalid-message', message: 'A message must be a JSON object with a "type".' },
    };
  }
  const type = (data as { type?: unknown }).type;
  if (knownTypes && (typeof type !== 'string' || !knownTypes.has(type))) {
    return {
      ok: false,
      error: {
        code: 'invalid-message',
        message: `Unknown message type ${JSON.stringify(type ?? null)}; expected one of ${[...knownTypes].join(', ')}.`,
      },
    };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const detail = parsed.error.issues.slice(0, 3).map(describeIssue).join('; ');
    return {
      ok: false,
      error: {
        code: 'invalid-message',
        message: `That "${String(type)}" message does not fit the protocol (${detail}).`,
      },
    };
  }
  return { ok: true, message: parsed.data };
}

/** Parses one frame a client sent to the hub; the error message is fit to send back as is. */
export function parseClientMessage(raw: string): Parsed<ClientMessage> {
  return parseWith(clientMessageSchema, raw, KNOWN_CLIENT_TYPES);
}

/** Parses one frame the hub sent (for clients). */
export function parseHubMessage(raw: string): Parsed<HubMessage> {
  return parseWith(hubMessageSchema, raw);
}
