// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TextArea, TextField } from './TextField';

afterEach(cleanup);

describe('TextField and TextArea', () => {
  it.each([
    ['TextField', TextField],
    ['TextArea', TextArea],
  ] as const)(
    '%s: commits as you type, never an empty required value, and restores it on blur',
    (_, Field) => {
      const onCommit = vi.fn();
      const onBlur = vi.fn();
      render(<Field aria-label="Name" required value="Board day" onCommit={onCommit} onBlur={onBlur} />);
      const field = screen.getByLabelText<HTMLInputElement>('Name');
      fireEvent.change(field, { target: { value: 'Board' } });
      fireEvent.change(field, { target: { value: '  ' } });
      expect(onCommit.mock.calls).toEqual([['Board']]);
      expect(field.value).toBe('  ');
      fireEvent.blur(field);
      expect(field.value).toBe('Board day');
      expect(onBlur).toHaveBeenCalledTimes(1);
    },
  );

  it('follows a saved value changed from outside (undo)', () => {
    const { rerender } = render(<TextField aria-label="Name" value="a" onCommit={() => {}} />);
    rerender(<TextField aria-label="Name" value="b" onCommit={() => {}} />);
    expect(screen.getByLabelText<HTMLInputElement>('Name').value).toBe('b');
  });
});
