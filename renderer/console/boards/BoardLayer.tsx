import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { t } from '../../i18n';
import { isTyping } from '../useShortcut';
import './boards.css';

/** The Escape key's name on the keyboard. */
const ESC = 'Esc';

/**
 * A board over the whole window: a 500-card board needs the width. Focus moves in on open and
 * back to the opening button on close. Escape closes it, unless it cancels a drag or a field's edit.
 */
export function BoardLayer({
  title,
  onClose,
  children,
  tip,
  aside,
  closeLabel,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** One line on how to use what is inside. */
  tip?: ReactNode;
  /** Beside the title, e.g. the live session still running underneath. */
  aside?: ReactNode;
  closeLabel?: string;
}) {
  const ref = useRef<HTMLElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ref.current?.focus();
    // The page under the board (a 500-card editor) is not laid out or painted while it is covered.
    document.body.classList.add('board-open');
    // Capture phase: a drag in progress is still marked here; dnd-kit cancels it on this Escape.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || isTyping(event.target)) return;
      if (ref.current?.querySelector('.is-source')) return;
      close.current();
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
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
      <div className="board-layer__head">
        <h2 id="board-layer-title">{title}</h2>
        {aside}
        <span className="muted board-layer__tip">{tip === undefined ? t('boards.layer.tip') : tip}</span>
        <button className="btn" onClick={onClose} aria-keyshortcuts="Escape">
          {closeLabel ?? t('boards.layer.close')} <kbd>{ESC}</kbd>
        </button>
      </div>
      <div className="board-layer__body">{children}</div>
    </section>,
    document.body,
  );
}
