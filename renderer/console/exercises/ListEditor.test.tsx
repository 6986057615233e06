// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ListEditor } from './ListEditor';

afterEach(cleanup);

function setup(items: string[], minItems = 0) {
  const onChange = vi.fn();
  render(
    <ListEditor
      label="Department"
      newLabel="New department"
      items={items}
      keyOf={(d) => d}
      textOf={(d) => d}
      withText={(_d, text) => text}
      create={(text) => text}
      onChange={onChange}
      max={3}
      minItems={minItems}
      maxLength={60}
      placeholder="Add a department"
    />,
  );
  return onChange;
}

describe('ListEditor', () => {
  it('adds with Enter, moves and removes items', () => {
    const onChange = setup(['IT', 'HR']);
    fireEvent.change(screen.getByLabelText('New department'), { target: { value: '  Sales ' } });
    fireEvent.keyDown(screen.getByLabelText('New department'), { key: 'Enter' });
    expect(onChange).toHaveBeenLastCalledWith(['IT', 'HR', 'Sales']);
    fireEvent.click(screen.getAllByRole('button', { name: 'Move down' })[0]!);
    expect(onChange).toHaveBeenLastCalledWith(['HR', 'IT']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove IT' }));
    expect(onChange).toHaveBeenLastCalledWith(['HR']);
  });

  it('keeps the minimum number of items and offers no add field when full', () => {
    setup(['IT', 'HR', 'Sales'], 3);
    expect((screen.getByRole('button', { name: 'Remove IT' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByLabelText('New department')).toBeNull();
  });

  it('does not save an emptied item, and restores it on blur', () => {
    const onChange = setup(['IT']);
    const field = screen.getByLabelText('Department 1') as HTMLInputElement;
    fireEvent.change(field, { target: { value: '' } });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.blur(field);
    expect(field.value).toBe('IT');
  });
});
