import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './boards.css';

/**
 * A board over the whole window: a 500-card board needs the width. Focus moves in on open and
 * back to the opening button on close. Escape is left to the board (it cancels a keyboard drag).
 */
export function BoardLayer({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ref.current?.focus();
    // The page under the board (a 500-card editor) is not laid out or painted while it is covered.
    document.body.classList.add('board-open');
    return () => {
      document.body.classList.remove('board-open');
      opener?.focus();
    };
  }, []);
  // In <body>, not inside the editor: adding and changing the board never re-lays out the editor.
  return createPortal(
    <section
      ref={ref}
      className="board-layer"
      role="dialog"
      aria-modal="true"
      aria-labelledby="board-layer-title"
      tabIndex={-1}
    >
      <header className="board-layer__head">
        <h2 id="board-layer-title">{title}</h2>
        <span className="muted board-layer__tip">
          Drag a card, or focus it and press Space, an arrow key, Space. Ctrl+Z undoes.
        </span>
        <button className="btn" onClick={onClose}>
          Close the board
        </button>
      </header>
      <div className="board-layer__body">{children}</div>
    </section>,
    document.body,
  );
}
