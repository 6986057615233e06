import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../shared/ipc';
import { applicationMenu, menuItems, type MenuContext } from './menu';

function build(context: Partial<MenuContext> = {}) {
  const sent: MenuCommand[] = [];
  const opened: string[] = [];
  const template = applicationMenu(
    { platform: 'linux', isDev: false, appName: 'Outside-In', ...context },
    {
      command: (command) => sent.push(command),
      openProjector: () => opened.push('projector'),
      showAbout: () => opened.push('about'),
    },
  );
  const items = menuItems(template);
  const byId = (id: string) => {
    const item = items.find((candidate) => candidate.id === id);
    if (!item) throw new Error(`no menu item ${id}`);
    return item;
  };
  return { template, items, byId, sent, opened };
}

describe('application menu', () => {
  it('sends File commands to the console', () => {
    const { byId, sent } = build();
    byId('new-workshop').click?.();
    byId('import-workshop').click?.();
    byId('export-workshop').click?.();
    expect(sent).toEqual(['new-workshop', 'import-workshop', 'export-workshop']);
  });

  it('has the usual shortcuts', () => {
    const { byId, items } = build();
    expect(byId('new-workshop').accelerator).toBe('CmdOrCtrl+N');
    expect(byId('import-workshop').accelerator).toBe('CmdOrCtrl+O');
    expect(byId('open-projector').accelerator).toBe('CmdOrCtrl+P');
    expect(items.some((item) => item.role === 'togglefullscreen')).toBe(true);
    expect(items.some((item) => item.role === 'copy')).toBe(true);
    const accelerators = items.flatMap((item) => (item.accelerator ? [item.accelerator] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('opens the projector and the about box from the menu', () => {
    const { byId, opened } = build();
    byId('open-projector').click?.();
    byId('about').click?.();
    expect(opened).toEqual(['projector', 'about']);
  });

  it('shows the keyboard shortcuts from Help (from the app menu on a Mac)', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const { byId, sent } = build({ platform });
      byId('show-shortcuts').click?.();
      expect(sent).toEqual(['show-shortcuts']);
    }
  });

  it('offers reload and devtools only while developing', () => {
    const devRoles = ['reload', 'forceReload', 'toggleDevTools'];
    expect(build({ isDev: false }).items.filter((item) => devRoles.includes(item.role ?? ''))).toEqual([]);
    expect(build({ isDev: true }).items.filter((item) => devRoles.includes(item.role ?? ''))).toHaveLength(3);
  });

  it('follows macOS conventions there: app menu first, About in it, no Help menu', () => {
    const mac = build({ platform: 'darwin' });
    expect(mac.template[0]?.label).toBe('Outside-In');
    expect(mac.template[0]?.submenu?.[0]?.id).toBe('about');
    expect(mac.template.some((menu) => menu.label === '&Help')).toBe(false);
    const linux = build({ platform: 'linux' });
    expect(linux.template[0]?.label).toBe('&File');
    expect(linux.items.some((item) => item.role === 'quit')).toBe(true);
  });
});
