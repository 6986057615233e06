import { describe, expect, it } from 'vitest';
import { positionAfterKey, positionAtPointer } from './continuumKeys';

describe('moving a marker on the continuum', () => {
  it('steps by 1 with arrows and by 10 with Shift, Page Up and Page Down', () => {
    expect(positionAfterKey(40, 'ArrowRight', false)).toBe(41);
    expect(positionAfterKey(40, 'ArrowLeft', false)).toBe(39);
    expect(positionAfterKey(40, 'ArrowUp', true)).toBe(50);
    expect(positionAfterKey(40, 'ArrowDown', true)).toBe(30);
    expect(positionAfterKey(40, 'PageUp', false)).toBe(50);
    expect(positionAfterKey(40, 'PageDown', false)).toBe(30);
  });

  it('jumps to the ends with Home and End and never leaves 0–100', () => {
    expect(positionAfterKey(40, 'Home', false)).toBe(0);
    expect(positionAfterKey(40, 'End', false)).toBe(100);
    expect(positionAfterKey(95, 'ArrowRight', true)).toBe(100);
    expect(positionAfterKey(3, 'PageDown', false)).toBe(0);
    expect(positionAfterKey(40, 'Enter', false)).toBeNull();
  });

  it('reads the position under the pointer, clamped to the line', () => {
    expect(positionAtPointer(150, 100, 200)).toBe(25);
    expect(positionAtPointer(50, 100, 200)).toBe(0);
    expect(positionAtPointer(400, 100, 200)).toBe(100);
  });
});
