// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadLanguage } from '../../i18n';
import { PasteItems } from './PasteItems';

afterEach(cleanup);

describe('PasteItems', () => {
  it('adds one item per non-empty line, without list bullets or numbers', () => {
    const onAdd = vi.fn();
    render(<PasteItems noun="card" room={500} onAdd={onAdd} />);
    fireEvent.change(screen.getByLabelText('Paste cards, one per line'), {
      target: { value: '- Loyalty app\r\n\n• Premium tier\n2) Same-day delivery\n   ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add 3 cards' }));
    expect(onAdd).toHaveBeenCalledWith(['Loyalty app', 'Premium tier', 'Same-day delivery']);
  });

  it('says when the list is longer than the room left and adds only what fits', () => {
    const onAdd = vi.fn();
    render(<PasteItems noun="offering" room={2} onAdd={onAdd} />);
    fireEvent.change(screen.getByLabelText('Paste offerings, one per line'), {
      target: { value: 'a\nb\nc' },
    });
    expect(
      screen.getByText('3 lines, but only 2 more offerings fit: the first 2 will be added.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add 2 offerings' }));
    expect(onAdd).toHaveBeenCalledWith(['a', 'b']);
  });

  it('counts one card as one, in English and in German', async () => {
    render(<PasteItems noun="card" room={1} onAdd={vi.fn()} />);
    expect(screen.getByText('1 more card fits.')).toBeTruthy();
    cleanup();
    await loadLanguage('de');
    try {
      render(<PasteItems noun="card" room={1} onAdd={vi.fn()} />);
      fireEvent.change(screen.getByLabelText('Karten einfügen, eine pro Zeile'), {
        target: { value: 'a\nb' },
      });
      expect(
        screen.getByText('2 Zeilen, aber es passt nur noch 1 Karte hinein: Die erste wird hinzugefügt.'),
      ).toBeTruthy();
      expect(screen.getByRole('button', { name: '1 Karte hinzufügen' })).toBeTruthy();
    } finally {
      await loadLanguage('en');
    }
  });
});
