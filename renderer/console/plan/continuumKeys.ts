/** Where a focused marker goes for a key press; null for keys the line does not use. */
export function positionAfterKey(position: number, key: string, shift: boolean): number | null {
  const step = shift ? 10 : 1;
  let next: number;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      next = position + step;
      break;
    case 'ArrowLeft':
    case 'ArrowDown':
      next = position - step;
      break;
    case 'PageUp':
      next = position + 10;
      break;
    case 'PageDown':
      next = position - 10;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = 100;
      break;
    default:
      return null;
  }
  return Math.min(100, Math.max(0, Math.round(next)));
}

/** The position under a pointer at clientX on a track spanning [left, left + width]. */
export function positionAtPointer(clientX: number, left: number, width: number): number {
  if (width <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round(((clientX - left) / width) * 100)));
}
