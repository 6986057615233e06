// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clampTyped, NumberField } from './NumberField';

afterEach(cleanup);

/** A field wired to state the way the console's editors are: what is committed is what is shown. */
function Threshold({ onCommit, initial = 65 }: { onCommit: (value: number) => void; initial?: number }) {
  const [value, setValue] = useState(initial);
  return (
    <label>
      Contested below
      <NumberField
        min={50}
        max={100}
        value={value}
        onCommit={(next) => {
          onCommit(next);
          setValue(next);
        }}
      />
    </label>
  );
}

/** Types a text one character at a time, as a keyboard would, after clearing the field. */
function type(field: HTMLInputElement, text: string) {
  fireEvent.focus(field);
  fireEvent.change(field, { target: { value: '' } });
  for (let i = 1; i <= text.length; i++) fireEvent.change(field, { target: { value: text.slice(0, i) } });
}

describe('NumberField', () => {
  it('takes 70 typed over 65 with a minimum of 50: the 7 on the way stays as typed', () => {
    const onCommit = vi.fn();
    render(<Threshold onCommit={onCommit} />);
    const field = screen.getByLabelText<HTMLInputElement>('Contested below');
    type(field, '70');
    expect(field.value).toBe('70');
    fireEvent.blur(field);
    expect(field.value).toBe('70');
    expect(onCommit.mock.calls).toEqual([[70]]);
  });

  it('clamps when the field is left, and on Enter', () => {
    const onCommit = vi.fn();
    render(<Threshold onCommit={onCommit} />);
    const field = screen.getByLabelText<HTMLInputElement>('Contested below');
    type(field, '7');
    expect(field.value).toBe('7');
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.blur(field);
    expect(field.value).toBe('50');
    type(field, '250');
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(field.value).toBe('100');
    type(field, '72.6');
    fireEvent.blur(field);
    expect(field.value).toBe('73');
    // 72 is in range on the way to 72.6, so the screen followed it before the clamp.
    expect(onCommit.mock.calls).toEqual([[50], [100], [72], [73]]);
  });

  it('gives an emptied field its saved value back, or the empty meaning when it has one', () => {
    const onCommit = vi.fn();
    render(<Threshold onCommit={onCommit} initial={80} />);
    const field = screen.getByLabelText<HTMLInputElement>('Contested below');
    type(field, '');
    fireEvent.blur(field);
    expect(field.value).toBe('80');
    expect(onCommit).not.toHaveBeenCalled();

    const onPosition = vi.fn();
    render(
      <NumberField aria-label="Position" min={0} max={100} value={40} emptyAs={null} onCommit={onPosition} />,
    );
    const position = screen.getByLabelText<HTMLInputElement>('Position');
    type(position, '');
    fireEvent.blur(position);
    expect(onPosition.mock.calls).toEqual([[null]]);
  });

  it('follows a value changed from outside (undo)', () => {
    const { rerender } = render(
      <NumberField aria-label="Minutes" min={1} max={240} value={10} onCommit={() => {}} />,
    );
    rerender(<NumberField aria-label="Minutes" min={1} max={240} value={25} onCommit={() => {}} />);
    expect(screen.getByLabelText<HTMLInputElement>('Minutes').value).toBe('25');
  });

  it('reads typed text as a whole number within the bounds, or as nothing', () => {
    expect(clampTyped('', 1, 5)).toBeNull();
    expect(clampTyped('abc', 1, 5)).toBeNull();
    expect(clampTyped('0', 1, 5)).toBe(1);
    expect(clampTyped('4.4', 1, 5)).toBe(4);
    expect(clampTyped('9', 1, 5)).toBe(5);
  });
});
