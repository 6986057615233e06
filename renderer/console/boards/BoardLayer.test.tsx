// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BoardLayer } from './BoardLayer';

afterEach(cleanup);

function open(children = <input aria-label="Note" />) {
  const onClose = vi.fn();
  render(
    <BoardLayer title="Card sort — board" onClose={onClose}>
      {children}
    </BoardLayer>,
  );
  return onClose;
}

describe('BoardLayer', () => {
  it('closes with Escape', () => {
    const onClose = open();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('leaves Escape to a field being edited', () => {
    const onClose = open();
    fireEvent.keyDown(screen.getByLabelText('Note'), { key: 'Escape' });
    expect(onClose).not.toHaveBeenCalled();
  });

  it('leaves Escape to a drag in progress, which it cancels', () => {
    const onClose = open(
      <ul>
        <li className="board-item is-source" tabIndex={0}>
          Loyalty app
        </li>
      </ul>,
    );
    fireEvent.keyDown(screen.getByText('Loyalty app'), { key: 'Escape' });
    expect(onClose).not.toHaveBeenCalled();
  });

  it('hides the page underneath while open and gives focus back on close', () => {
    render(<button>Open board</button>);
    const opener = screen.getByRole('button', { name: 'Open board' });
    opener.focus();
    const { unmount } = render(
      <BoardLayer title="Board" onClose={() => undefined}>
        <p>cards</p>
      </BoardLayer>,
    );
    expect(document.activeElement).toBe(screen.getByRole('dialog'));
    expect(document.body.classList.contains('board-open')).toBe(true);
    unmount();
    expect(document.body.classList.contains('board-open')).toBe(false);
    expect(document.activeElement).toBe(opener);
  });
});
