// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ShortcutsHelp } from './ShortcutsDialog';
import { modKeyName, shortcuts } from './shortcuts';

afterEach(cleanup);

// jsdom has no modal dialogs: open it as a plain one.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};

describe('ShortcutsHelp', () => {
  it('opens on "?", lists the live controls, and closes with the button', () => {
    render(<ShortcutsHelp />);
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.keyDown(window, { key: '?', shiftKey: true });
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const live = within(dialog).getByRole('region', { name: 'Run live' });
    expect(within(live).getByText('Open or close answers')).toBeTruthy();
    expect(within(live).getByText('Space')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('does not open while someone types a question mark into a field', () => {
    render(
      <>
        <input aria-label="Prompt" />
        <ShortcutsHelp />
      </>,
    );
    fireEvent.keyDown(screen.getByLabelText('Prompt'), { key: '?', shiftKey: true });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('the shortcut list', () => {
  it('names each action once and shows ⌘ on a Mac, Ctrl elsewhere', () => {
    const actions = shortcuts('Win32').flatMap((g) => g.keys.map((k) => `${g.title}: ${k.does}`));
    expect(new Set(actions).size).toBe(actions.length);
    expect(modKeyName('MacIntel')).toBe('⌘');
    expect(modKeyName('Win32')).toBe('Ctrl');
    expect(shortcuts('MacIntel')[1]!.keys[1]).toEqual({ keys: ['⌘', 'Shift', 'Z'], does: 'Redo (also ⌘+Y)' });
  });
});
