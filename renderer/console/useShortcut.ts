import { useEffect, useRef } from 'react';

/** True when typing in a field, where single-key shortcuts must not fire. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Matches "mod+z", "mod+shift+z", "/", "space"…; mod is Ctrl, or Cmd on a Mac. */
export function matchesShortcut(combo: string, event: KeyboardEvent): boolean {
  const parts = combo.toLowerCase().split('+');
  const key = parts.pop()!;
  const mod = parts.includes('mod');
  const shift = parts.includes('shift');
  const alt = parts.includes('alt');
  const pressedMod = event.ctrlKey || event.metaKey;
  const pressedKey = event.key === ' ' ? 'space' : event.key.toLowerCase();
  return pressedKey === key && pressedMod === mod && event.shiftKey === shift && event.altKey === alt;
}

export function useShortcut(
  combo: string,
  run: (event: KeyboardEvent) => void,
  options: { whileTyping?: boolean } = {},
) {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  const whileTyping = options.whileTyping ?? combo.includes('mod+');
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!matchesShortcut(combo, event)) return;
      if (!whileTyping && isTyping(event.target)) return;
      // A dialog or a layer over the page (a board) takes the single keys: Space there picks a card up.
      if (document.querySelector('dialog[open], [aria-modal="true"]') && !combo.includes('mod+')) return;
      event.preventDefault();
      latest.current(event);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [combo, whileTyping]);
}
