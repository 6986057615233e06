// The application menu as plain data (no electron import); index.ts builds it with
// Menu.buildFromTemplate, whose type checks that these items still fit.
import type { MenuCommand } from '../../shared/ipc';
import { menuWords } from './menuWords';

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
  /** The console's language: the menu speaks it (English for any other). */
  language: string;
}

const separator: MenuItemSpec = { type: 'separator' };

export function applicationMenu(context: MenuContext, actions: MenuActions): MenuItemSpec[] {
  const isMac = context.platform === 'darwin';
  const w = menuWords(context.language);
  // Roles carry their own behaviour; the label puts their name in the console's language.
  const role = (name: MenuRole, label: string): MenuItemSpec => ({ role: name, label });
  const about: MenuItemSpec = { id: 'about', label: w.about(context.appName), click: actions.showAbout };
  const shortcuts: MenuItemSpec = {
    id: 'show-shortcuts',
    label: w.shortcuts,
    click: () => actions.command('show-shortcuts'),
  };

  const file: MenuItemSpec = {
    label: w.file,
    submenu: [
      {
        id: 'new-workshop',
        label: w.newWorkshop,
        accelerator: 'CmdOrCtrl+N',
        click: () => actions.command('new-workshop'),
      },
      {
        id: 'import-workshop',
        label: w.importWorkshop,
        accelerator: 'CmdOrCtrl+O',
        click: () => actions.command('import-workshop'),
      },
      {
        id: 'export-workshop',
        label: w.exportWorkshop,
        accelerator: 'CmdOrCtrl+E',
        click: () => actions.command('export-workshop'),
      },
      separator,
      isMac ? role('close', w.close) : { role: 'quit', label: w.quit, accelerator: 'CmdOrCtrl+Q' },
    ],
  };

  const edit: MenuItemSpec = {
    label: w.edit,
    submenu: [
      role('undo', w.undo),
      role('redo', w.redo),
      separator,
      role('cut', w.cut),
      role('copy', w.copy),
      role('paste', w.paste),
      ...(isMac ? [role('pasteAndMatchStyle', w.pasteAndMatchStyle)] : []),
      role('delete', w.delete),
      role('selectAll', w.selectAll),
    ],
  };

  const view: MenuItemSpec = {
    label: w.view,
    submenu: [
      {
        id: 'open-projector',
        label: w.openProjector,
        accelerator: 'CmdOrCtrl+P',
        click: actions.openProjector,
      },
      role('togglefullscreen', w.toggleFullScreen),
      separator,
      role('resetZoom', w.resetZoom),
      role('zoomIn', w.zoomIn),
      role('zoomOut', w.zoomOut),
      // Reloading drops unsaved typing and devtools are for us, not the facilitator.
      ...(context.isDev
        ? [
            separator,
            role('reload', w.reload),
            role('forceReload', w.forceReload),
            role('toggleDevTools', w.toggleDevTools),
          ]
        : []),
    ],
  };

  const windowMenu: MenuItemSpec = isMac
    ? role('windowMenu', w.window.replace('&', ''))
    : { label: w.window, submenu: [role('minimize', w.minimize), role('close', w.close)] };

  const help: MenuItemSpec = { label: w.help, submenu: [shortcuts, separator, about] };

  const macAppMenu: MenuItemSpec = {
    label: context.appName,
    submenu: [
      about,
      shortcuts,
      separator,
      role('services', w.services),
      separator,
      role('hide', w.hide(context.appName)),
      role('hideOthers', w.hideOthers),
      role('unhide', w.unhide),
      separator,
      role('quit', w.quitApp(context.appName)),
    ],
  };

  return [...(isMac ? [macAppMenu] : []), file, edit, view, windowMenu, ...(isMac ? [] : [help])];
}

/** Every item, depth first (for tests and for finding an item by id). */
export function menuItems(template: readonly MenuItemSpec[]): MenuItemSpec[] {
  return template.flatMap((item) => [item, ...menuItems(item.submenu ?? [])]);
}
