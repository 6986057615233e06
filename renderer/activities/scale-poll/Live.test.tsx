// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tallyScalePoll, type ScalePollConfig } from '../../../shared/activities/scalePoll';
import ScalePollLive from './Live';
import ScalePollResultView from './Result';

// The session runs in January 2027: a date of 2026 is written with its year.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2027, 0, 5));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const config: ScalePollConfig = {
  items: [
    {
      id: 'q1',
      label: 'Managers meet customers',
      previous: { mean: 2.8, count: 14, date: '2026-03-12', workshopName: 'Spring workshop' },
    },
    { id: 'q2', label: 'Customer metrics' },
    {
      id: 'q3',
      label: 'Silos',
      previous: { mean: 3.5, count: 9, date: '', workshopName: 'Kick-off' },
    },
  ],
  min: 1,
  max: 5,
};
// Three people: q1 averages 3.3 (up from 2.8), q2 is new, q3 averages 3.0 (down from 3.5).
const result = tallyScalePoll(
  config,
  [
    ['a', 'q1', 3],
    ['b', 'q1', 3],
    ['c', 'q1', 4],
    ['a', 'q2', 5],
    ['a', 'q3', 3],
  ].map(([participantId, itemId, value]) => ({
    participantId: participantId as string,
    itemId: itemId as string,
    value: value as number,
    at: 1,
  })),
);

const section = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('section')!;

describe('scale poll on the projector', () => {
  it('marks last time’s average and the change on the questions that have one, and nothing on the others', () => {
    render(<ScalePollLive config={config} result={result} participants={3} answered={3} />);
    const q1 = within(section('Managers meet customers'));
    expect(q1.getByTestId('scale-previous').textContent).toBe('Last time (12 March 2026): 2.8▲ up 0.5');
    expect(q1.getByTestId('scale-change').textContent).toBe('▲ up 0.5');
    expect(within(section('Silos')).getByTestId('scale-previous').textContent).toBe(
      'Last time (Kick-off): 3.5▼ down 0.5',
    );
    expect(within(section('Customer metrics')).queryByTestId('scale-previous')).toBeNull();
    expect(section('Customer metrics').querySelector('.scale-previous')).toBeNull();
    // The dashed line sits at 2.8 on the 1–5 axis: 1.8 steps from the first column.
    const marker = section('Managers meet customers').querySelector<HTMLElement>('.scale-previous')!;
    expect(Number(marker.style.getPropertyValue('--previous-offset'))).toBeCloseTo(1.8, 10);
    expect(marker.style.getPropertyValue('--previous-steps')).toBe('5');
    // One heading per question, under the projector's h1.
    expect(screen.getAllByRole('heading').map((h) => h.tagName)).toEqual(['H2', 'H2', 'H2']);
  });

  it('shows last time without a change until somebody answers', () => {
    render(
      <ScalePollLive config={config} result={tallyScalePoll(config, [])} participants={3} answered={0} />,
    );
    const q1 = within(section('Managers meet customers'));
    expect(q1.getByTestId('scale-previous').textContent).toBe('Last time (12 March 2026): 2.8');
    expect(q1.queryByTestId('scale-change')).toBeNull();
  });

  it('shows no marker at all for a poll without earlier results', () => {
    const plain = { ...config, items: config.items.map(({ id, label }) => ({ id, label })) };
    render(<ScalePollLive config={plain} result={result} participants={3} answered={3} />);
    expect(screen.queryByTestId('scale-previous')).toBeNull();
    expect(document.querySelector('.scale-previous')).toBeNull();
    expect(screen.getAllByRole('figure')).toHaveLength(3);
  });
});

describe('scale poll result in the console', () => {
  it('has the same marker beside the statistics', () => {
    render(<ScalePollResultView config={config} result={result} participants={3} answered={3} />);
    const q1 = screen.getByRole('heading', { level: 3, name: 'Managers meet customers' }).closest('section')!;
    expect(within(q1).getByTestId('scale-previous').textContent).toBe(
      'Last time (12 March 2026): 2.8▲ up 0.5',
    );
    expect(within(q1).getByText(/3 answers · average 3\.3/)).toBeTruthy();
    expect(screen.getAllByTestId('scale-previous')).toHaveLength(2);
  });
});
