import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../shared/ipc';

/** Runs `run` when the desktop app's menu sends `command` (no-op in browser mode). */
export function useMenuCommand(command: MenuCommand, run: () => void): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    const api = window.outsideIn;
    if (!api) return;
    return api.onMenuCommand((received) => {
      if (received === command) latest.current();
    });
  }, [command]);
}
