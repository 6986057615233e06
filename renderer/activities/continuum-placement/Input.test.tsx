// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MyAnswer } from '../types';
import ContinuumPlacementInput from './Input';

afterEach(cleanup);

const config = {
  items: [
    { id: 'town-halls', label: 'Quarterly customer town halls' },
    { id: 'visits', label: 'Every manager visits two customers a month' },
    { id: 'bonus', label: 'Bonus tied to customer effort score' },
  ],
};
const received = (value: number): MyAnswer<number> => ({ value, status: { state: 'received' } });
const slider = () => screen.getByRole('slider');
const placeButton = () => screen.getByRole('button', { name: /Place it here|Placed at/ });

describe('continuum placement on the phone', () => {
  it('moving the slider names the band but sends nothing until “Place it here”', () => {
    const onAnswer = vi.fn();
    render(<ContinuumPlacementInput config={config} answers={{}} open onAnswer={onAnswer} />);
    expect(screen.getByText('Initiative 1 of 3')).toBeTruthy();
    expect(slider().getAttribute('aria-valuetext')).toMatch(/Not moved yet/);
    expect(screen.getByText('Drag the dot or tap the line')).toBeTruthy();

    fireEvent.keyDown(slider(), { key: 'PageUp' });
    fireEvent.keyDown(slider(), { key: 'PageUp' });
    fireEvent.keyDown(slider(), { key: 'ArrowRight' });
    expect(slider().getAttribute('aria-valuenow')).toBe('71');
    expect(slider().getAttribute('aria-valuetext')).toBe('71, Substantive');
    expect(document.querySelector('.cp-now')!.textContent).toBe('Substantive71');
    fireEvent.keyDown(slider(), { key: 'ArrowLeft', shiftKey: true });
    expect(slider().getAttribute('aria-valuetext')).toBe('61, Process & policy');
    expect(onAnswer).not.toHaveBeenCalled();

    fireEvent.click(placeButton());
    expect(onAnswer).toHaveBeenCalledWith('town-halls', 61);
  });

  it('an untouched initiative skipped with Next gets no answer; Enter on the slider places', () => {
    const onAnswer = vi.fn();
    render(<ContinuumPlacementInput config={config} answers={{}} open onAnswer={onAnswer} />);
    fireEvent.click(screen.getByRole('button', { name: 'Skip ›' }));
    expect(screen.getByText('Initiative 2 of 3')).toBeTruthy();
    expect(screen.getByRole('heading', { name: config.items[1]!.label })).toBeTruthy();
    fireEvent.keyDown(slider(), { key: 'Home' });
    fireEvent.keyDown(slider(), { key: 'Enter' });
    expect(onAnswer).toHaveBeenCalledTimes(1);
    expect(onAnswer).toHaveBeenCalledWith('visits', 0);
  });

  it('shows the answer’s status, and says when the thumb has moved away from what was placed', () => {
    const onAnswer = vi.fn();
    const { rerender } = render(
      <ContinuumPlacementInput
        config={config}
        answers={{ 'town-halls': { value: 20, status: { state: 'queued' } } }}
        open
        onAnswer={onAnswer}
      />,
    );
    // Opens on the first initiative without an answer.
    expect(screen.getByText('Initiative 2 of 3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '‹ Back' }));
    expect(screen.getByText('Queued, will send when back online')).toBeTruthy();
    expect(slider().getAttribute('aria-valuenow')).toBe('20');

    rerender(
      <ContinuumPlacementInput
        config={config}
        answers={{ 'town-halls': received(20) }}
        open
        onAnswer={onAnswer}
      />,
    );
    expect(screen.getByText('Answer received ✓')).toBeTruthy();
    expect((placeButton() as HTMLButtonElement).disabled).toBe(true);
    expect(placeButton().textContent).toBe('Placed at 20 ✓');

    fireEvent.keyDown(slider(), { key: 'End' });
    expect(screen.getByText('Not placed yet: your answer is still 20 (Symbolic).')).toBeTruthy();
    fireEvent.click(placeButton());
    expect(onAnswer).toHaveBeenLastCalledWith('town-halls', 100);

    rerender(
      <ContinuumPlacementInput
        config={config}
        answers={{
          'town-halls': { value: 100, status: { state: 'rejected', reason: 'Answers are closed.' } },
        }}
        open
        onAnswer={onAnswer}
      />,
    );
    expect(screen.getByText('Not accepted: Answers are closed.')).toBeTruthy();
    // A rejected answer can be sent again.
    expect((placeButton() as HTMLButtonElement).disabled).toBe(false);
  });

  it('after the last initiative, a review lists every placement by band; closed answers cannot move', () => {
    const onAnswer = vi.fn();
    const answers = { 'town-halls': received(12), visits: received(50), bonus: received(80) };
    const { rerender } = render(
      <ContinuumPlacementInput config={config} answers={answers} open onAnswer={onAnswer} />,
    );
    expect(screen.getByText(/^All 3 initiatives placed ✓/)).toBeTruthy();
    const review = screen.getByRole('list');
    expect(
      within(review).getByRole('button', { name: /Quarterly customer town halls\s*Symbolic · 12/ }),
    ).toBeTruthy();
    expect(within(review).getByRole('button', { name: /Bonus tied.*Substantive · 80/ })).toBeTruthy();
    fireEvent.click(within(review).getByRole('button', { name: /Every manager visits/ }));
    expect(screen.getByText('Initiative 2 of 3')).toBeTruthy();

    rerender(<ContinuumPlacementInput config={config} answers={answers} open={false} onAnswer={onAnswer} />);
    fireEvent.keyDown(slider(), { key: 'End' });
    expect(slider().getAttribute('aria-valuenow')).toBe('50');
    expect((placeButton() as HTMLButtonElement).disabled).toBe(true);
    expect(onAnswer).not.toHaveBeenCalled();
  });
});
