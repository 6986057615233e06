// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TwoAxisRatingConfig, TwoAxisRatingValue } from '../../../shared/activities/twoAxisRating';
import type { MyAnswer } from '../types';
import TwoAxisRatingInput from './Input';

afterEach(cleanup);

const config: TwoAxisRatingConfig = {
  items: [
    { id: 'basic', label: 'Basic plan' },
    { id: 'fax', label: 'Fax line' },
  ],
  axes: {
    x: { label: 'Value to the customer', min: 1, max: 5 },
    y: { label: 'Burden on the customer', min: 1, max: 5 },
  },
  basicsQuestion: true,
};

function Phone({ onAnswer }: { onAnswer: (item: string, value: TwoAxisRatingValue) => void }) {
  const [answers, setAnswers] = useState<Record<string, MyAnswer<TwoAxisRatingValue>>>({});
  return (
    <TwoAxisRatingInput
      config={config}
      answers={answers}
      open
      onAnswer={(item, value) => {
        onAnswer(item, value);
        setAnswers((a) => ({ ...a, [item]: { value, status: { state: 'received' } } }));
      }}
    />
  );
}

const group = (name: RegExp) => screen.getByRole('radiogroup', { name });
const pick = (name: RegExp, option: string) =>
  fireEvent.click(within(group(name)).getByRole('radio', { name: option }));

describe('two-axis rating on the phone', () => {
  it('sends nothing until value and burden are both given, then sends and moves on after the basics', () => {
    const onAnswer = vi.fn();
    render(<Phone onAnswer={onAnswer} />);
    expect(screen.getByText('Offering 1 of 2')).toBeTruthy();
    pick(/^Value to the customer/, '4');
    expect(onAnswer).not.toHaveBeenCalled();
    expect(screen.getByText('Rate both to send your answer.')).toBeTruthy();
    pick(/^Burden on the customer/, '2');
    expect(onAnswer).toHaveBeenLastCalledWith('basic', { x: 4, y: 2 });
    expect(screen.getByText('Offering 1 of 2')).toBeTruthy(); // the basics question is still open
    pick(/meet the basics/, 'No');
    expect(onAnswer).toHaveBeenLastCalledWith('basic', { x: 4, y: 2, basics: 'no' });
    expect(screen.getByText('Offering 2 of 2')).toBeTruthy();
  });

  it('keeps a basics answer given first and sends it with the ratings', () => {
    const onAnswer = vi.fn();
    render(<Phone onAnswer={onAnswer} />);
    pick(/meet the basics/, 'Unsure');
    pick(/^Burden on the customer/, '5');
    expect(onAnswer).not.toHaveBeenCalled();
    pick(/^Value to the customer/, '1');
    expect(onAnswer).toHaveBeenCalledWith('basic', { x: 1, y: 5, basics: 'unsure' });
  });

  it('going back shows the earlier ratings; a change sends the whole answer again', () => {
    const onAnswer = vi.fn();
    render(<Phone onAnswer={onAnswer} />);
    pick(/^Value to the customer/, '5');
    pick(/^Burden on the customer/, '1');
    pick(/meet the basics/, 'Yes');
    fireEvent.click(screen.getByRole('button', { name: '‹ Back' }));
    expect(
      within(group(/^Value to the customer/))
        .getByRole('radio', { name: '5' })
        .getAttribute('aria-checked'),
    ).toBe('true');
    pick(/^Burden on the customer/, '3');
    expect(onAnswer).toHaveBeenLastCalledWith('basic', { x: 5, y: 3, basics: 'yes' });
    expect(screen.getByText('Offering 1 of 2')).toBeTruthy();
  });
});
