// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JourneyHeatmapConfig, JourneyHeatmapValue } from '../../../shared/activities/journeyHeatmap';
import type { MyAnswer } from '../types';
import JourneyHeatmapInput from './Input';

afterEach(cleanup);

const config: JourneyHeatmapConfig = {
  stages: [
    { id: 'discover', label: 'Discover' },
    { id: 'buy', label: 'Buy' },
    { id: 'help', label: 'Get help' },
  ],
  burdens: ['time', 'worry', 'effort', 'money'],
  max: 3,
};

/** The phone around the input: every answer sent is stored and acknowledged at once. */
function Phone({
  onAnswer,
  open = true,
}: {
  onAnswer: (item: string, value: JourneyHeatmapValue) => void;
  open?: boolean;
}) {
  const [answers, setAnswers] = useState<Record<string, MyAnswer<JourneyHeatmapValue>>>({});
  return (
    <JourneyHeatmapInput
      config={config}
      answers={answers}
      open={open}
      onAnswer={(item, value) => {
        onAnswer(item, value);
        setAnswers((all) => ({ ...all, [item]: { value, status: { state: 'received' } } }));
      }}
    />
  );
}

function rate(burden: string, value: number) {
  fireEvent.click(
    within(screen.getByRole('radiogroup', { name: burden })).getByRole('radio', {
      name: new RegExp(`^${burden}: ${value},`),
    }),
  );
}

describe('journey heatmap input', () => {
  it('sends a stage only once all four burdens are rated, then every change', () => {
    const onAnswer = vi.fn();
    render(<Phone onAnswer={onAnswer} />);
    expect(screen.getByText('Stage 1 of 3')).toBeTruthy();
    rate('Time', 2);
    rate('Worry', 3);
    rate('Effort', 1);
    expect(onAnswer).not.toHaveBeenCalled();
    expect(screen.getByText('Rate all four to send this stage.')).toBeTruthy();
    rate('Money', 0);
    expect(onAnswer).toHaveBeenLastCalledWith('discover', { time: 2, worry: 3, effort: 1, money: 0 });
    expect(screen.getByText('Answer received ✓')).toBeTruthy();
    rate('Worry', 1);
    expect(onAnswer).toHaveBeenLastCalledWith('discover', { time: 2, worry: 1, effort: 1, money: 0 });
    expect(onAnswer).toHaveBeenCalledTimes(2);
  });

  it('moves stage by stage, can skip one, and sums up at the end', () => {
    const onAnswer = vi.fn();
    render(<Phone onAnswer={onAnswer} />);
    expect(screen.getByRole('button', { name: 'Skip this stage →' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Skip this stage →' }));
    expect(screen.getByRole('heading', { name: 'Buy' })).toBeTruthy();
    for (const burden of ['Time', 'Worry', 'Effort', 'Money']) rate(burden, 1);
    fireEvent.click(screen.getByRole('button', { name: 'Next stage →' }));
    expect(screen.getByText('Stage 3 of 3')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Buy, rated' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.getByRole('status').textContent).toBe('You rated 1 of 3 stages.');
    fireEvent.click(screen.getByRole('button', { name: 'Discover' }));
    expect(screen.getByRole('heading', { name: 'Discover' })).toBeTruthy();
  });

  it('shows but does not take ratings once answers are closed', () => {
    const onAnswer = vi.fn();
    render(<Phone onAnswer={onAnswer} open={false} />);
    rate('Time', 3);
    expect(onAnswer).not.toHaveBeenCalled();
  });
});
