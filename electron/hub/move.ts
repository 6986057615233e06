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

/** A connection that can be told to move and watched until it has gone. */
interface MovableSocket extends MovingClient {
  ws: { readyState: number; CLOSED: number; once(event: 'close', listener: () => void): unknown };
}

/**
 * Tells the participants on the closing listener where the room went, then waits until they
 * have all gone or `graceMs` has passed. Resolves with how many were told.
 */
export async function sendRoomOn<C extends MovableSocket>(
  clients: Iterable<C>,
  closing: number,
  session: { id: string; code: string; ended: boolean } | null,
  joinBase: string | null,
  graceMs: number,
  tell: (client: C, joinUrl: string) => void,
): Promise<number> {
  const move = roomMove(clients, closing, session, joinBase);
  if (!move || move.told.length === 0) return 0;
  const gone = move.told.map(
    (c) =>
      new Promise<void>((resolve) => {
        if (c.ws.readyState === c.ws.CLOSED) return resolve();
        c.ws.once('close', () => resolve());
      }),
  );
  for (const c of move.told) tell(c, move.joinUrl);
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all(gone),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
  ]);
  clearTimeout(timer);
  return move.told.length;
}
