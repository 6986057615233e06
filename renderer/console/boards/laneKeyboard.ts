import type { KeyboardCoordinateGetter } from '@dnd-kit/core';

const DIRECTIONS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

const clamp = (v: number, lo: number, hi: number) => (lo > hi ? lo : Math.min(hi, Math.max(lo, v)));

/**
 * Keyboard dragging between board columns: an arrow key moves the card into the nearest column
 * in that direction (instead of dnd-kit's default 25 px steps), so Space, →, Space moves a card
 * one column to the right.
 */
export const laneKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const direction = DIRECTIONS[event.code];
  const { collisionRect, droppableRects, droppableContainers } = context;
  if (!direction || !collisionRect) return undefined;
  event.preventDefault();
  const [dx, dy] = direction;
  const cx = collisionRect.left + collisionRect.width / 2;
  const cy = collisionRect.top + collisionRect.height / 2;

  let best: { left: number; top: number; right: number; bottom: number } | null = null;
  let bestDistance = Infinity;
  for (const container of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(container.id);
    if (!rect) continue;
    const inside = cx >= rect.left && cx <= rect.right && cy >= rect.top && cy <= rect.bottom;
    if (inside) continue; // the column the card is over now
    const rx = rect.left + rect.width / 2;
    const ahead = dx ? (rx - cx) * dx : dy > 0 ? rect.top - cy : cy - rect.bottom;
    if (ahead <= 0) continue;
    const aside = dx ? clamp(cy, rect.top, rect.bottom) - cy : rx - cx;
    const distance = ahead + Math.abs(aside) * 2;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = rect;
    }
  }
  if (!best) return undefined;
  const halfW = collisionRect.width / 2;
  const halfH = collisionRect.height / 2;
  const x = dx ? (best.left + best.right) / 2 : clamp(cx, best.left + halfW, best.right - halfW);
  const y = clamp(cy, best.top + halfH + 4, best.bottom - halfH - 4);
  return { x: x - halfW, y: y - halfH };
};
