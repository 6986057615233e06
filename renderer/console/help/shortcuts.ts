import { t } from '../../i18n';

/** Every keyboard shortcut of the console, as the help lists them, in the console's language. */
export interface ShortcutGroup {
  title: string;
  keys: { keys: string[]; does: string }[];
}

/** The shortcuts with the keys as this computer names them: "Mod" is Ctrl, or ⌘ on a Mac. */
export function shortcuts(platform: string): ShortcutGroup[] {
  const mod = modKeyName(platform);
  const shift = t('console.key.shift');
  const space = t('console.key.space');
  return [
    {
      title: t('console.shortcuts.library'),
      keys: [
        { keys: [mod, 'N'], does: t('console.library.newWorkshop') },
        { keys: [mod, 'O'], does: t('console.shortcuts.import') },
        { keys: ['/'], does: t('console.library.filterLabel') },
        { keys: ['?'], does: t('console.shortcuts.help') },
      ],
    },
    {
      title: t('console.shortcuts.workshop'),
      keys: [
        { keys: [mod, 'Z'], does: t('console.undo') },
        { keys: [mod, shift, 'Z'], does: t('console.shortcuts.redo', { mod }) },
        { keys: [mod, 'E'], does: t('console.shortcuts.export') },
      ],
    },
    {
      title: t('console.workshop.runLive'),
      keys: [
        { keys: [space], does: t('console.shortcuts.openClose') },
        { keys: ['R'], does: t('console.shortcuts.reveal') },
        { keys: ['→'], does: t('console.shortcuts.next') },
        { keys: ['←'], does: t('console.shortcuts.previous') },
        { keys: ['B'], does: t('console.shortcuts.board') },
      ],
    },
    {
      title: t('console.shortcuts.boards'),
      keys: [
        { keys: [space], does: t('console.shortcuts.pickUp') },
        { keys: ['←', '→'], does: t('console.shortcuts.column') },
        { keys: ['Esc'], does: t('console.shortcuts.putBack') },
      ],
    },
    {
      title: t('console.shortcuts.continuum'),
      keys: [
        { keys: ['←', '→'], does: t('console.shortcuts.moveBy1') },
        { keys: [shift, '←'], does: t('console.shortcuts.moveBy10') },
        { keys: [t('console.key.home')], does: t('console.shortcuts.toSymbolic') },
        { keys: [t('console.key.end')], does: t('console.shortcuts.toSubstantive') },
      ],
    },
  ];
}

/** "Mod" as this computer names it. */
export function modKeyName(platform: string): string {
  return /mac|iphone|ipad/i.test(platform) ? '⌘' : t('console.key.ctrl');
}
