// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { tallyOpenText, type OpenTextConfig } from '../../../shared/activities/openText';
import { activitiesOf } from '../../../shared/exercises/activities';
import type { PushPull } from '../../../shared/exercises/push-pull/schema';
import type { ControlAction, LiveSession, Phase } from '../../../shared/protocol';
import { findExercise, newWorkshop, type Workshop } from '../../../shared/workshop/schema';
import { initialLiveState, type LiveState } from '../../ui/hub/liveState';
import { ProposalReview } from './ProposalReview';

afterEach(cleanup);

function startWorkshop(cards = ['Loyalty app']): Workshop {
  const workshop = newWorkshop('Sort day');
  const exercise = findExercise(workshop, 'push-pull')!;
  exercise.allowProposals = true;
  exercise.cards = cards.map((title, i) => ({ id: `c${i + 1}`, title, description: '' }));
  return workshop;
}

/** The session as the hub reports it: the propose activity and the sort as the workshop had them. */
function sessionOf(workshop: Workshop, current: 'propose' | 'sort', sortPhase: Phase): LiveSession {
  const exercise = findExercise(workshop, 'push-pull')!;
  const specs = activitiesOf(exercise, workshop);
  const index = current === 'propose' ? 0 : 1;
  return {
    id: 's1',
    status: 'live',
    code: 'ABCDE',
    joinUrl: 'http://127.0.0.1:4870/j/ABCDE',
    workshopId: workshop.id,
    workshopName: workshop.name,
    activities: specs.map((s, i) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      phase: i === 1 ? sortPhase : 'closed',
    })),
    index,
    current: specs[index]!,
    phase: index === 1 ? sortPhase : 'closed',
    revealed: false,
    timer: null,
    participants: { joined: 2, connected: 2 },
  };
}

function liveWith(workshop: Workshop, texts: string[]): LiveState {
  const exercise = findExercise(workshop, 'push-pull')!;
  const propose = activitiesOf(exercise, workshop)[0]!;
  const result = tallyOpenText(
    propose.config as OpenTextConfig,
    texts.map((text, i) => ({
      participantId: `p${i}`,
      itemId: `s:s${i}`,
      value: { list: 'cards', text },
      at: i,
    })),
  );
  return {
    ...initialLiveState,
    tallies: {
      [propose.id]: {
        type: 'tally',
        seq: 1,
        activityId: propose.id,
        kind: 'open-text',
        result,
        answered: 2,
        participants: 2,
        joined: 2,
      },
    },
  };
}

function Console({
  current,
  sortPhase,
  sent,
  cards,
}: {
  current: 'propose' | 'sort';
  sortPhase: Phase;
  sent: ControlAction[];
  /** The facilitator's own cards at session start. */
  cards?: string[];
}) {
  const [workshop, setWorkshop] = useState(() => startWorkshop(cards));
  // The hub's copy of the session: started with the workshop as it was.
  const [session] = useState(() => sessionOf(workshop, current, sortPhase));
  const [state] = useState(() => liveWith(workshop, ['Chatbot', 'Fax line']));
  const exercise = findExercise(workshop, 'push-pull') as PushPull;
  return (
    <>
      <ProposalReview
        session={session}
        state={state}
        workshop={workshop}
        update={(change) => setWorkshop(change)}
        onControl={(action) => sent.push(action)}
      />
      <output data-testid="cards">
        {exercise.cards.map((c) => `${c.title}${c.proposed ? '*' : ''}`).join('|')}
      </output>
    </>
  );
}

const cardsSent = (sent: ControlAction[]) =>
  sent.map((a) =>
    a.action === 'update-activity'
      ? (a.config as { cards: { title: string }[] }).cards.map((c) => c.title)
      : a.action,
  );

describe('ProposalReview', () => {
  it('adds an approved proposal to the exercise and sends the sort its cards before it opens', () => {
    const sent: ControlAction[] = [];
    render(<Console current="propose" sortPhase="waiting" sent={sent} />);
    // On mount the sort gets the cards as they are now (the hub may have missed earlier ones).
    expect(cardsSent(sent)).toEqual([['Loyalty app']]);
    fireEvent.click(screen.getByRole('button', { name: 'Approve “Chatbot”' }));
    expect(screen.getByTestId('cards').textContent).toBe('Loyalty app|Chatbot*');
    expect(cardsSent(sent)).toEqual([['Loyalty app'], ['Loyalty app', 'Chatbot']]);
    fireEvent.click(screen.getByRole('button', { name: 'Reject “Fax line”' }));
    expect(cardsSent(sent)).toHaveLength(2);
    expect(screen.getByText('1 approved · 1 rejected', { exact: false })).toBeTruthy();
  });

  it('offers to add the cards when the current sort lacks them, and sends nothing once it has opened', () => {
    const waiting: ControlAction[] = [];
    render(<Console current="sort" sortPhase="waiting" sent={waiting} />);
    expect(waiting).toEqual([]); // the hub's sort already matches the workshop
    expect(screen.queryByRole('button', { name: 'Add approved cards to the sort' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Approve all (2)' }));
    expect(cardsSent(waiting)).toEqual([['Loyalty app', 'Chatbot', 'Fax line']]);
    // This fake hub never applies it, so the console offers to send again.
    fireEvent.click(screen.getByRole('button', { name: 'Add approved cards to the sort' }));
    expect(waiting).toHaveLength(2);
    cleanup();

    const opened: ControlAction[] = [];
    render(<Console current="sort" sortPhase="open" sent={opened} />);
    fireEvent.click(screen.getByRole('button', { name: 'Approve “Chatbot”' }));
    expect(screen.getByTestId('cards').textContent).toBe('Loyalty app|Chatbot*');
    expect(opened).toEqual([]);
    expect(screen.getByTestId('proposal-sort-status').textContent).toContain('The sort has been opened');
  });

  it('fills a sort that started without cards with the approved ones, before it opens', () => {
    const sent: ControlAction[] = [];
    render(<Console current="sort" sortPhase="waiting" sent={sent} cards={[]} />);
    expect(sent).toEqual([]);
    expect(screen.getByTestId('proposal-sort-status').textContent).toBe(
      'The sort has no cards yet: approve proposals to fill it, then open it.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Approve all (2)' }));
    expect(screen.getByTestId('cards').textContent).toBe('Chatbot*|Fax line*');
    expect(cardsSent(sent)).toEqual([['Chatbot', 'Fax line']]);
    expect(screen.getByTestId('proposal-sort-status').textContent).toContain(
      'it will show 2 cards, 2 of them proposed',
    );
  });
});
