/** Seconds left on the hub's countdown, by the hub's clock (`clockOffset` = hub now − local now); null without a timer. */
export function secondsLeft(
  timer: { endsAt: number } | null | undefined,
  clockOffset: number,
  localNow: number,
): number | null {
  if (!timer) return null;
  return Math.max(0, Math.ceil((timer.endsAt - (localNow + clockOffset)) / 1000));
}

/** 75 → "1:15". */
export function formatSeconds(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
