/** Every keyboard shortcut of the console, as the help lists them. "Mod" is Ctrl, or ⌘ on a Mac. */
export interface ShortcutGroup {
  title: string;
  keys: { keys: string[]; does: string }[];
}

export const SHORTCUTS: ShortcutGroup[] = [
  {
    title: 'Library',
    keys: [
      { keys: ['Mod', 'N'], does: 'New workshop' },
      { keys: ['Mod', 'O'], does: 'Import a workshop file' },
      { keys: ['/'], does: 'Filter workshops' },
      { keys: ['?'], does: 'Show these shortcuts (anywhere)' },
    ],
  },
  {
    title: 'Workshop',
    keys: [
      { keys: ['Mod', 'Z'], does: 'Undo' },
      { keys: ['Mod', 'Shift', 'Z'], does: 'Redo (also Mod+Y)' },
      { keys: ['Mod', 'E'], does: 'Export the workshop file' },
    ],
  },
  {
    title: 'Run live',
    keys: [
      { keys: ['Space'], does: 'Open or close answers' },
      { keys: ['R'], does: 'Reveal or hide results on the projector' },
      { keys: ['→'], does: 'Next activity' },
      { keys: ['←'], does: 'Previous activity' },
      { keys: ['B'], does: "Open this exercise's board or results" },
    ],
  },
  {
    title: 'Boards',
    keys: [
      { keys: ['Space'], does: 'Pick up the focused card, then drop it' },
      { keys: ['←', '→'], does: 'While holding a card: choose a column' },
      { keys: ['Esc'], does: 'Put the held card back; otherwise close the board' },
    ],
  },
  {
    title: 'Continuum line',
    keys: [
      { keys: ['←', '→'], does: 'Move the focused initiative by 1' },
      { keys: ['Shift', '←'], does: 'Move it by 10 (also Page Up / Page Down)' },
      { keys: ['Home'], does: 'To the symbolic end' },
      { keys: ['End'], does: 'To the substantive end' },
    ],
  },
];

/** "Mod" as this computer names it. */
export function modKeyName(platform: string): string {
  return /mac|iphone|ipad/i.test(platform) ? '⌘' : 'Ctrl';
}
