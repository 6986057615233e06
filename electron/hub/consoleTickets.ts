import { randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * One-time console links for browser mode: the printed link carries a ticket, not the facilitator
 * key, so the key never lands in the browser's history. The console trades the ticket for the key
 * once; a used or stale ticket is worth nothing.
 */
export class ConsoleTickets {
  private readonly open = new Map<string, number>();

  constructor(
    private readonly ttlMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
    private readonly most = 16,
  ) {}

  issue(): string {
    const ticket = randomBytes(18).toString('base64url');
    this.open.set(ticket, this.now() + this.ttlMs);
    // Oldest first (insertion order): only the newest few links stay good.
    while (this.open.size > this.most) this.open.delete(this.open.keys().next().value!);
    return ticket;
  }

  redeem(ticket: string): boolean {
    const expires = this.open.get(ticket);
    this.open.delete(ticket);
    return expires !== undefined && expires > this.now();
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest();
const MAX_BODY = 1024;

function reply(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export interface ConsoleAccess {
  tickets: ConsoleTickets;
  facilitatorToken: string;
  /** A new link to print once one was used (another browser may want one). */
  used(): void;
}

/**
 * `POST /console/session` {ticket} → {token}: the console page trades its one-time ticket.
 * `POST /console/ticket` with the key as a bearer token → {ticket}: a new link (tests, scripts).
 * Both on this computer only and from the hub's own pages. Returns false for any other path.
 */
export async function serveConsoleAccess(
  req: IncomingMessage,
  res: ServerResponse,
  loopback: boolean,
  access: ConsoleAccess,
): Promise<boolean> {
  const path = (req.url ?? '').split('?')[0];
  if (path !== '/console/session' && path !== '/console/ticket') return false;
  if (!loopback) {
    reply(res, 404, { error: 'Nothing here.' });
    return true;
  }
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    reply(res, 405, { error: 'Use POST.' });
    return true;
  }
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${req.headers.host}`) {
    reply(res, 403, { error: 'Only the console served here may ask.' });
    return true;
  }
  if (path === '/console/ticket') {
    const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    if (!timingSafeEqual(sha256(bearer), sha256(access.facilitatorToken))) {
      reply(res, 401, { error: 'The facilitator key is wrong.' });
      return true;
    }
    reply(res, 200, { ticket: access.tickets.issue() });
    return true;
  }
  const body = await readBody(req);
  let ticket: unknown;
  try {
    ticket = body === null ? null : (JSON.parse(body) as { ticket?: unknown } | null)?.ticket;
  } catch {
    ticket = null;
  }
  if (typeof ticket !== 'string' || !access.tickets.redeem(ticket)) {
    reply(res, 403, {
      error:
        'This console link was used already or is too old. Open the newest Console link printed where Outside-In runs.',
    });
    return true;
  }
  access.used();
  reply(res, 200, { token: access.facilitatorToken });
  return true;
}
