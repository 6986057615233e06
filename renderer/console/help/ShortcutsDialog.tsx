import { useEffect, useRef, useState } from 'react';
import { useMenuCommand } from '../menuCommands';
import { useShortcut } from '../useShortcut';
import { t } from '../../i18n';
import { shortcuts } from './shortcuts';
import './help.css';

/** The keyboard shortcuts, on "?" or from the desktop menu (Help → Keyboard shortcuts). */
export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  useShortcut('shift+?', () => setOpen(true));
  useMenuCommand('show-shortcuts', () => setOpen(true));
  return open ? <ShortcutsDialog onClose={() => setOpen(false)} /> : null;
}

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="shortcuts-title">{t('console.shortcuts.title')}</h2>
      <div className="shortcuts-groups">
        {shortcuts(navigator.platform).map((group) => (
          <section key={group.title} aria-label={group.title}>
            <h3>{group.title}</h3>
            <dl>
              {group.keys.map(({ keys, does }) => (
                <div key={does} className="shortcut-row">
                  <dt>
                    {keys.map((key, i) => (
                      <kbd key={i}>{key}</kbd>
                    ))}
                  </dt>
                  <dd>{does}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="dialog-actions">
        <button className="btn btn-primary" autoFocus onClick={onClose}>
          {t('console.close')}
        </button>
      </div>
    </dialog>
  );
}
