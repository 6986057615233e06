import { useEffect, useState } from 'react';
import { secondsLeft } from './countdown';

/** Seconds left on the hub's timer, ticking locally; null without a timer. */
export function useCountdown(
  timer: { endsAt: number } | null | undefined,
  clockOffset: number,
): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!timer) return;
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [timer]);
  return secondsLeft(timer, clockOffset, now);
}
