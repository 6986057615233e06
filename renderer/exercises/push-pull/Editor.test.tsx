// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { activitiesOf } from '../../../shared/exercises/activities';
import type { PushPull } from '../../../shared/exercises/push-pull/schema';
import { findExercise, newWorkshop, type Workshop } from '../../../shared/workshop/schema';
import { ToastProvider } from '../../ui/Toasts';
import { PushPullEditor } from './Editor';

afterEach(cleanup);

function Editor({ start }: { start: (w: Workshop) => Workshop }) {
  const [workshop, setWorkshop] = useState<Workshop>(() => start(newWorkshop('Sort day')));
  const exercise = findExercise(workshop, 'push-pull')!;
  const onChange = (changed: PushPull) =>
    setWorkshop((w) => ({ ...w, agenda: w.agenda.map((e) => (e.id === changed.id ? changed : e)) }));
  return (
    <ToastProvider>
      <PushPullEditor exercise={exercise} workshop={workshop} onChange={onChange} update={() => undefined} />
      <output data-testid="live">
        {activitiesOf(exercise, workshop)
          .map((a) => a.id.split(':')[1])
          .join(',')}
      </output>
    </ToastProvider>
  );
}

const withCards = (w: Workshop): Workshop => ({
  ...w,
  agenda: w.agenda.map((e) =>
    e.type === 'push-pull'
      ? {
          ...e,
          cards: [
            { id: 'c1', title: 'Loyalty app', description: '' },
            { id: 'c2', title: 'Chatbot', description: '', proposed: true },
          ],
        }
      : e,
  ),
});

describe('PushPullEditor', () => {
  it('lets the facilitator allow proposals, which adds the propose activity before the sort', () => {
    render(<Editor start={withCards} />);
    const toggle = screen.getByRole('checkbox', { name: /Participants propose cards/ }) as HTMLInputElement;
    expect(toggle.disabled).toBe(false);
    expect(toggle.checked).toBe(false);
    expect(screen.getByTestId('live').textContent).toBe('sort');
    fireEvent.click(toggle);
    expect(toggle.checked).toBe(true);
    expect(screen.getByTestId('live').textContent).toBe('propose,sort');
    fireEvent.click(toggle);
    expect(screen.getByTestId('live').textContent).toBe('sort');
  });

  it('says how many cards participants proposed', () => {
    render(<Editor start={withCards} />);
    expect(screen.getByText(/1 of them proposed by participants/)).toBeTruthy();
  });
});
