// The application menu as plain data (no electron import); index.ts builds it with
// Menu.buildFromTemplate, whose type checks that these items still fit.
import type { MenuCommand } from '../../shared/ipc';

export type MenuRole =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'delete'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'togglefullscreen'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'minimize'
  | 'close'
  | 'quit'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'services'
  | 'front'
  | 'windowMenu';

export interface MenuItemSpec {
  id?: string;
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  accelerator?: string;
  submenu?: MenuItemSpec[];
  click?: () => void;
}

export interface MenuActions {
  /** Sends a command to the console window. */
  command(command: MenuCommand): void;
  openProjector(): void;
  showAbout(): void;
}

export interface MenuContext {
  platform: NodeJS.Platform;
  isDev: boolean;
  appName: string;
}

const separator: MenuItemSpec = { type: 'separator' };

export function applicationMenu(context: MenuContext, actions: MenuActions): MenuItemSpec[] {
  const isMac = context.platform === 'darwin';
  const about: MenuItemSpec = { id: 'about', label: `About ${context.appName}`, click: actions.showAbout };
  const shortcuts: MenuItemSpec = {
    id: 'show-shortcuts',
    label: 'Keyboard shortcuts',
    click: () => actions.command('show-shortcuts'),
  };

  const file: MenuItemSpec = {
    label: '&File',
    submenu: [
      {
        id: 'new-workshop',
        label: 'New workshop',
        accelerator: 'CmdOrCtrl+N',
        click: () => actions.command('new-workshop'),
      },
      {
        id: 'import-workshop',
        label: 'Import workshop…',
        accelerator: 'CmdOrCtrl+O',
        click: () => actions.command('import-workshop'),
      },
      {
        id: 'export-workshop',
        label: 'Export workshop…',
        accelerator: 'CmdOrCtrl+E',
        click: () => actions.command('export-workshop'),
      },
      separator,
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'CmdOrCtrl+Q' },
    ],
  };

  const edit: MenuItemSpec = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemSpec = {
    label: '&View',
    submenu: [
      {
        id: 'open-projector',
        label: 'Open projector',
        accelerator: 'CmdOrCtrl+P',
        click: actions.openProjector,
      },
      { role: 'togglefullscreen' },
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      // Reloading drops unsaved typing and devtools are for us, not the facilitator.
      ...(context.isDev
        ? [
            separator,
            { role: 'reload' } as const,
            { role: 'forceReload' } as const,
            { role: 'toggleDevTools' } as const,
          ]
        : []),
    ],
  };

  const windowMenu: MenuItemSpec = isMac
    ? { role: 'windowMenu' }
    : { label: '&Window', submenu: [{ role: 'minimize' }, { role: 'close' }] };

  const help: MenuItemSpec = { label: '&Help', submenu: [shortcuts, separator, about] };

  const macAppMenu: MenuItemSpec = {
    label: context.appName,
    submenu: [
      about,
      shortcuts,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  return [...(isMac ? [macAppMenu] : []), file, edit, view, windowMenu, ...(isMac ? [] : [help])];
}

/** Every item, depth first (for tests and for finding an item by id). */
export function menuItems(template: readonly MenuItemSpec[]): MenuItemSpec[] {
  return template.flatMap((item) => [item, ...menuItems(item.submenu ?? [])]);
}
