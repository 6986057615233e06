import type { Role } from '../../shared/protocol';

/** What a room move needs to know of one connection. */
export interface MovingClient {
  role: Role | null;
  /** The listener the connection came in through (index.ts numbers them; 0 is loopback). */
  listener: number;
  sessionId: string | null;
}

/**
 * Who is told to follow the room when the phones' listener `closing` stops, and where to go:
 * participants of the live session who came in through it. Nobody when phones cannot follow
 * (no new address phones can reach, no live session). Console, projector and practice
 * participants come in through loopback, which never closes.
 */
export function roomMove<C extends MovingClient>(
  clients: Iterable<C>,
  closing: number,
  session: { id: string; code: string; ended: boolean } | null,
  joinBase: string | null,
): { joinUrl: string; told: C[] } | null {
  if (!session || session.ended || !joinBase) return null;
  const told: C[] = [];
  for (const c of clients) {
    if (c.role === 'participant' && c.listener === closing && c.sessionId === session.id) told.push(c);
  }
  return { joinUrl: `${joinBase}/j/${session.code}`, told };
}
