import { useEffect, useRef, useState } from 'react';
import { withMove, type Move } from '../../../shared/workshop/schedule';
import type { LiveStore } from '../../ui/hub/liveStore';

interface Seen {
  sessionId: string | null;
  moves: readonly Move[];
}

const KEY_PREFIX = 'outside-in.moves.';

function load(sessionId: string): readonly Move[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY_PREFIX + sessionId) ?? '[]');
    return Array.isArray(parsed)
      ? parsed.filter(
          (m): m is Move =>
            typeof m === 'object' &&
            m !== null &&
            typeof m.exerciseId === 'string' &&
            typeof m.at === 'number',
        )
      : [];
  } catch {
    return [];
  }
}

function save(sessionId: string, moves: readonly Move[]): void {
  try {
    // Only the latest session's moves are worth keeping.
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith(KEY_PREFIX) && key !== KEY_PREFIX + sessionId) localStorage.removeItem(key);
    }
    localStorage.setItem(KEY_PREFIX + sessionId, JSON.stringify(moves));
  } catch {
    // Storage full or off: the pace still shows for as long as this page stays open.
  }
}

/**
 * When the session came to each exercise of this workshop, as this console saw it. Kept per
 * session in local storage, so reopening the console mid-session keeps the day's actual times.
 */
export function useSessionMoves(store: LiveStore, workshopId: string): readonly Move[] {
  const [seen, setSeen] = useState<Seen>({ sessionId: null, moves: [] });
  const latest = useRef<Seen>(seen);
  useEffect(
    () =>
      store.subscribe(() => {
        const session = store.getSnapshot().state.session;
        if (session?.status !== 'live' || session.workshopId !== workshopId) return;
        const before = latest.current.sessionId === session.id ? latest.current.moves : load(session.id);
        const moves = withMove(before, session.current.exerciseId, Date.now());
        if (moves !== before) save(session.id, moves);
        if (moves === latest.current.moves) return;
        latest.current = { sessionId: session.id, moves };
        setSeen(latest.current);
      }),
    [store, workshopId],
  );
  return seen.moves;
}

/** The time now, again every `everyMs`: enough for a clock that shows minutes. */
export function useNow(everyMs = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
