// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CardClassificationConfig } from '../../../shared/activities/cardClassification';
import CardClassificationInput from './Input';
import CardClassificationLive from './Live';
import CardClassificationResultView from './Result';

afterEach(cleanup);

const empty: CardClassificationConfig = {
  cards: [],
  categories: [
    { id: 'push', label: 'Pushed by us' },
    { id: 'pull', label: 'Pulled by customers' },
    { id: 'unsure', label: 'Unsure' },
  ],
  decisive: ['push', 'pull'],
  contestedThreshold: 65,
};
const withCards = { ...empty, cards: [{ id: 'p1', title: 'Chatbot for invoices' }] };

describe('a card sort without cards yet', () => {
  it('phone: says the cards are coming, never “All 0 cards sorted”; shows the first card once added', () => {
    const { rerender } = render(
      <CardClassificationInput config={empty} answers={{}} open onAnswer={() => undefined} />,
    );
    expect(screen.getByRole('status').textContent).toBe(
      'No cards to sort yet. They appear here as soon as the facilitator adds them.',
    );
    expect(screen.queryByText(/sorted/)).toBeNull();
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    rerender(<CardClassificationInput config={withCards} answers={{}} open onAnswer={() => undefined} />);
    expect(screen.getByText('Card 1 of 1')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Chatbot for invoices' })).toBeTruthy();
  });

  it('projector and console: a waiting line instead of an empty grid of 0 cards', () => {
    render(<CardClassificationLive config={empty} result={{ cards: [] }} participants={5} answered={0} />);
    expect(screen.getByTestId('live-no-cards').textContent).toMatch(/^No cards to sort yet/);
    expect(screen.queryByText(/contested/)).toBeNull();
    cleanup();
    render(
      <CardClassificationResultView config={empty} result={{ cards: [] }} participants={5} answered={0} />,
    );
    expect(screen.getByText('No cards in the sort yet: approved proposals appear here.')).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: 'Contested first' })).toBeNull();
  });
});
