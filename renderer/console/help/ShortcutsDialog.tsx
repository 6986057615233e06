import { useEffect, useRef, useState } from 'react';
import { useMenuCommand } from '../menuCommands';
import { useShortcut } from '../useShortcut';
import { SHORTCUTS, modKeyName } from './shortcuts';
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
  const mod = modKeyName(navigator.platform);
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
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <div className="shortcuts-groups">
        {SHORTCUTS.map((group) => (
          <section key={group.title} aria-label={group.title}>
            <h3>{group.title}</h3>
            <dl>
              {group.keys.map(({ keys, does }) => (
                <div key={does} className="shortcut-row">
                  <dt>
                    {keys.map((key, i) => (
                      <kbd key={i}>{key === 'Mod' ? mod : key}</kbd>
                    ))}
                  </dt>
                  <dd>{does.replace('Mod+', `${mod}+`)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="dialog-actions">
        <button className="btn btn-primary" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
