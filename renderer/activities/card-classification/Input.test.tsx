// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CardClassificationConfig } from '../../../shared/activities/cardClassification';
import type { MyAnswer } from '../types';
import CardClassificationInput from './Input';

afterEach(cleanup);

const config: CardClassificationConfig = {
  cards: [
    { id: 'app', title: 'Loyalty app' },
    { id: 'tier', title: 'Premium tier' },
    { id: 'fax', title: 'Fax line' },
  ],
  categories: [
    { id: 'push', label: 'Pushed by us' },
    { id: 'pull', label: 'Pulled by customers' },
    { id: 'unsure', label: 'Unsure' },
  ],
  decisive: ['push', 'pull'],
  contestedThreshold: 65,
};

/** The phone's view with answers acknowledged at once, as the hub would. */
function Phone({
  onAnswer,
  open = true,
}: {
  onAnswer: (item: string, value: string) => void;
  open?: boolean;
}) {
  const [answers, setAnswers] = useState<Record<string, MyAnswer<string>>>({});
  return (
    <CardClassificationInput
      config={config}
      answers={answers}
      open={open}
      onAnswer={(item, value) => {
        onAnswer(item, value);
        setAnswers((a) => ({ ...a, [item]: { value, status: { state: 'received' } } }));
      }}
    />
  );
}

describe('card classification on the phone', () => {
  it('shows one card at a time with its progress, and a tap answers and moves on', () => {
    const onAnswer = vi.fn();
    render(<Phone onAnswer={onAnswer} />);
    expect(screen.getByText('Card 1 of 3')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Loyalty app' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Pushed by us' }));
    expect(onAnswer).toHaveBeenLastCalledWith('app', 'push');
    expect(screen.getByText('Card 2 of 3')).toBeTruthy();
    expect(screen.getByText('1 of 3 answered')).toBeTruthy();
  });

  it('goes back to revise an answer, which replaces the earlier one', () => {
    const onAnswer = vi.fn();
    render(<Phone onAnswer={onAnswer} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Pushed by us' }));
    fireEvent.click(screen.getByRole('button', { name: '‹ Back' }));
    expect(screen.getByRole('radio', { name: 'Pushed by us' }).getAttribute('aria-checked')).toBe('true');
    fireEvent.click(screen.getByRole('radio', { name: 'Pulled by customers' }));
    expect(onAnswer).toHaveBeenLastCalledWith('app', 'pull');
    expect(screen.getByText('1 of 3 answered')).toBeTruthy();
  });

  it('after the last card lists every answer; tapping one reopens that card', () => {
    render(<Phone onAnswer={() => undefined} />);
    for (const label of ['Pushed by us', 'Unsure', 'Pulled by customers']) {
      fireEvent.click(screen.getByRole('radio', { name: label }));
    }
    expect(screen.getByText(/All 3 cards sorted ✓/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Premium tier/ }));
    expect(screen.getByText('Card 2 of 3')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Unsure' }).getAttribute('aria-checked')).toBe('true');
  });

  it('a swipe to the left moves to the next card without answering', () => {
    const onAnswer = vi.fn();
    render(<Phone onAnswer={onAnswer} />);
    const card = screen.getByRole('heading', { name: 'Loyalty app' }).parentElement!;
    fireEvent.pointerDown(card, { clientX: 300, clientY: 100 });
    fireEvent.pointerUp(card, { clientX: 150, clientY: 110 });
    expect(screen.getByText('Card 2 of 3')).toBeTruthy();
    expect(onAnswer).not.toHaveBeenCalled();
  });

  it('once voting closes, the buttons are disabled', () => {
    render(<Phone onAnswer={() => undefined} open={false} />);
    expect(screen.getByRole('radio', { name: 'Unsure' }).matches(':disabled')).toBe(true);
  });
});
