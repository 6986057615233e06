// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { tallyContinuumPlacement } from '../../../shared/activities/continuumPlacement';
import Live from './Live';
import Result from './Result';

afterEach(cleanup);

const config = {
  items: [
    { id: 'town-halls', label: 'Quarterly customer town halls' },
    { id: 'visits', label: 'Every manager visits two customers a month' },
    { id: 'bonus', label: 'Bonus tied to customer effort score' },
  ],
};
const answer = (participantId: string, itemId: string, value: number) => ({
  participantId,
  itemId,
  value,
  at: 0,
});
const result = tallyContinuumPlacement(config, [
  answer('a', 'town-halls', 10),
  answer('b', 'town-halls', 20),
  answer('c', 'town-halls', 60),
  answer('a', 'bonus', 70),
  answer('b', 'bonus', 90),
]);

describe('continuum placement views', () => {
  it('console: a table by median with band, spread and count; unplaced initiatives say so', () => {
    render(<Result config={config} result={result} participants={3} answered={3} />);
    const rows = screen.getAllByTestId('continuum-row');
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Bonus tied to customer effort score',
      'Quarterly customer town halls',
      'Every manager visits two customers a month',
    ]);
    expect(rows[0]!.textContent).toContain('80');
    expect(rows[0]!.textContent).toContain('Substantive');
    expect(rows[0]!.textContent).toContain('75–85');
    expect(rows[1]!.textContent).toContain('Symbolic');
    expect(rows[1]!.textContent).toContain('15–40 (25)');
    expect(within(rows[1]!).getAllByRole('cell').at(-1)!.textContent).toBe('3');
    expect(rows[2]!.textContent).toContain('Not placed');
    expect(screen.getByText(/Not placed yet: Every manager visits/)).toBeTruthy();
  });

  it('projector: a marker per placed initiative at its median, its spread from p25 to p75', () => {
    render(<Live config={config} result={result} participants={3} answered={3} />);
    const markers = screen.getAllByTestId('continuum-marker');
    expect(markers).toHaveLength(2);
    const townHalls = markers.find((m) => m.textContent?.includes('Quarterly'))!;
    expect(townHalls.getAttribute('aria-label')).toBe(
      'Quarterly customer town halls: median 20 (Symbolic), middle half 15–40, 3 placements',
    );
    const spread = townHalls.querySelector<HTMLElement>('.cchart__spread')!;
    expect(spread.style.insetInlineStart).toBe('15%');
    expect(spread.style.width).toBe('25%');
    expect(townHalls.querySelector<HTMLElement>('.cchart__median')!.style.insetInlineStart).toBe('20%');
    // Unmeasured (no layout in jsdom): every initiative keeps a row of its own.
    expect(new Set(markers.map((m) => m.style.top)).size).toBe(2);
  });
});
