// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  tallyCardClassification,
  type CardClassificationConfig,
} from '../../../shared/activities/cardClassification';
import { activitiesOf } from '../../../shared/exercises/activities';
import { PROTOCOL_VERSION, type LiveSession, type Phase } from '../../../shared/protocol';
import { findExercise, newWorkshop, type Workshop } from '../../../shared/workshop/schema';
import { ToastProvider } from '../../ui/Toasts';
import { FakeSocket, fakeWebSockets } from '../../ui/hub/testing/fakeSocket';
import { LivePage } from './LivePage';

/** The hub on the other end of the console's WebSockets: records what the console sends. */
let sockets = fakeWebSockets();

/** The controls the console sent on this socket. */
/** Controls that change the session (the console asks for the participant list on its own). */
const controls = (hub: FakeSocket) =>
  hub.sent
    .filter((m) => m.type === 'control')
    .map((m) => m.control)
    .filter((c) => (c as { action?: string }).action !== 'roster');

const CARDS = ['Loyalty app', 'Premium tier', 'Fax line'];

function workshopWithCards(): Workshop {
  const w = newWorkshop('Card day', 1000);
  return {
    ...w,
    agenda: w.agenda.map((e) =>
      e.type === 'push-pull'
        ? { ...e, cards: CARDS.map((title, i) => ({ id: `c${i}`, title, description: '' })) }
        : e,
    ),
  };
}

const INITIAL = workshopWithCards();
const SORT = activitiesOf(findExercise(INITIAL, 'push-pull')!, INITIAL)[0]!;
const VOTES: [string, string][] = [
  ['c0', 'push'],
  ['c1', 'pull'],
  ['c2', 'push'],
];
const sortResult = () =>
  tallyCardClassification(
    SORT.config as CardClassificationConfig,
    VOTES.map(([itemId, value], i) => ({ participantId: `p${i}`, itemId, value, at: i })),
  );

function session(phase: Phase, status: LiveSession['status'] = 'live'): LiveSession {
  return {
    id: 's1',
    status,
    code: 'ABCDE',
    joinUrl: 'http://127.0.0.1:4870/j/ABCDE',
    workshopId: INITIAL.id,
    workshopName: INITIAL.name,
    activities: [{ id: SORT.id, kind: SORT.kind, title: SORT.title, phase }],
    index: 0,
    current: SORT,
    phase,
    revealed: false,
    timer: null,
    participants: { joined: 3, connected: 3 },
  };
}

/** The workshop as saved by the page's updates (what the database would hold). */
let saved: Workshop = INITIAL;
function Harness({ initial = INITIAL }: { initial?: Workshop }) {
  const [workshop, setWorkshop] = useState(initial);
  const update = (change: (w: Workshop) => Workshop) =>
    setWorkshop((w) => {
      saved = change(w);
      return saved;
    });
  return (
    <ToastProvider>
      <LivePage workshop={workshop} update={update} />
    </ToastProvider>
  );
}

/** Opens Run live against the fake hub, which answers with this session. */
async function openRunLive(live: LiveSession | null, initial = INITIAL) {
  saved = initial;
  render(<Harness initial={initial} />);
  // The console finds the hub, connects and says hello; each step lands after a tick.
  for (let i = 0; i < 100 && sockets.all.at(-1)?.sent[0]?.type !== 'hello'; i++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  const hub = sockets.all.at(-1)!;
  act(() =>
    hub.receive({
      type: 'welcome',
      protocol: PROTOCOL_VERSION,
      you: { role: 'facilitator' },
      snapshot: { session: live, now: Date.now() },
    }),
  );
  return hub;
}

const tallyMessage = () => ({
  type: 'tally',
  activityId: SORT.id,
  kind: SORT.kind,
  result: sortResult(),
  answered: 3,
  participants: 3,
  joined: 3,
});

/** What a screen reader reads after the button's name (why it is disabled, or where it stands). */
const descriptionOf = (el: HTMLElement) =>
  document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent;

const key = (k: string, code = k) =>
  fireEvent.keyDown(document.activeElement ?? document.body, { key: k, code });

beforeEach(() => {
  sockets = fakeWebSockets();
  vi.stubGlobal('WebSocket', sockets.WebSocket);
  localStorage.setItem('outside-in.facilitator-token', 'test-token');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('Run live: after-vote tools', () => {
  it('opens the board from the live controls with B, on the live tally, while the session keeps running', async () => {
    const hub = await openRunLive(session('open'));
    act(() => hub.receive(tallyMessage()));
    const action = await screen.findByRole('button', { name: 'Open board B' });
    expect((action as HTMLButtonElement).disabled).toBe(false);
    expect(descriptionOf(action)).toBe('Live tally · 3 of 3 cards voted on · not finalised yet');

    key('b');
    const board = await screen.findByRole('dialog', { name: `${SORT.title} — board` });
    await within(board).findByTestId('lane-push'); // the board's view loads when first opened
    const lane = (id: string) =>
      [...board.querySelectorAll(`[data-testid="lane-${id}"] .board-card__title`)].map((n) => n.textContent);
    expect(lane('push')).toEqual(['Loyalty app', 'Fax line']);
    expect(lane('pull')).toEqual(['Premium tier']);
    expect(within(board).getByTestId('live-aside').textContent).toBe(
      'Session live · code ABCDE · 3 connected · answers open',
    );

    // The live keys are off while the board is open: Space and arrows belong to the cards.
    key(' ', 'Space');
    key('ArrowRight');
    key('r');
    expect(controls(hub)).toEqual([]);

    key('Escape');
    expect(screen.queryByRole('dialog')).toBeNull();
    // The session was never left: its controls are still there on the same connection.
    expect(screen.getByRole('heading', { level: 2, name: SORT.title })).toBeTruthy();
    expect(sockets.all).toHaveLength(1);
    expect(hub.readyState).toBe(1);
    key(' ', 'Space');
    expect(controls(hub)).toEqual([{ action: 'close' }]);
  });

  it('says why the board cannot open before anyone voted, and B does nothing', async () => {
    await openRunLive(session('waiting'));
    const action = await screen.findByRole('button', { name: 'Open board B' });
    expect((action as HTMLButtonElement).disabled).toBe(true);
    expect(descriptionOf(action)).toBe('No votes yet: open answers first.');
    key('b');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('lists every exercise’s tool after the session ended; a board finished there is saved', async () => {
    const hub = await openRunLive(session('closed', 'ended'));
    act(() =>
      hub.receive({
        type: 'closed-results',
        result: {
          activityId: SORT.id,
          kind: SORT.kind,
          closedAt: 5000,
          participants: 3,
          answered: 3,
          tally: sortResult(),
        },
      }),
    );
    const summary = await screen.findByTestId('session-summary');
    expect(within(summary).getByRole('heading', { name: 'The session has ended' })).toBeTruthy();
    const row = (name: string) => within(summary).getByRole('listitem', { name });
    const centricity = within(row('Centricity check')).getByRole('button', { name: 'Centricity results' });
    expect((centricity as HTMLButtonElement).disabled).toBe(true);
    expect(descriptionOf(centricity)).toBe('No scores yet: run it live first.');
    const open = within(row(SORT.title)).getByRole('button', { name: 'Open board' });
    expect(descriptionOf(open)).toBe('3 of 3 cards voted on · not finalised yet');

    fireEvent.click(open);
    const board = screen.getByRole('dialog', { name: `${SORT.title} — board` });
    await within(board).findByTestId('lane-push');
    expect(within(board).queryByTestId('live-aside')).toBeNull();
    fireEvent.click(within(board).getByRole('button', { name: 'Save as placed' }));
    expect(findExercise(saved, 'push-pull')!.placements).toEqual({ c0: 'push', c1: 'pull', c2: 'push' });
    fireEvent.click(within(board).getByRole('button', { name: /Close the board/ }));
    expect(descriptionOf(open)).toBe('3 of 3 cards voted on · final placement saved');
  });
});

describe('Run live: practice results', () => {
  const practiceResult = (closedAt = 5000) => ({
    activityId: SORT.id,
    kind: SORT.kind,
    closedAt,
    participants: 3,
    answered: 3,
    practice: 3,
    tally: sortResult(),
  });
  /** A workshop rehearsed on Monday: the sort's result came from the practice room, the board was saved. */
  const rehearsed = (): Workshop => {
    const exercise = findExercise(INITIAL, 'push-pull')!;
    return {
      ...INITIAL,
      id: `rehearsed-${Math.random()}`,
      // c0 and c1 where the votes put them; c2 moved by hand from Push to Pull.
      agenda: INITIAL.agenda.map((e) =>
        e.id === exercise.id ? { ...exercise, placements: { c0: 'push', c1: 'pull', c2: 'pull' } } : e,
      ),
      results: { [SORT.id]: practiceResult() },
    };
  };

  it('after an ended practice session: clears with a confirm, keeps the hand placement, and a replay does not bring them back', async () => {
    const initial = rehearsed();
    const hub = await openRunLive({ ...session('closed', 'ended'), workshopId: initial.id }, initial);
    act(() => hub.receive({ type: 'closed-results', result: practiceResult() }));
    act(() => hub.receive(tallyMessage()));

    const strip = await screen.findByTestId('practice-results');
    expect(strip.textContent).toContain(
      `1 activity holds answers of simulated participants (${findExercise(INITIAL, 'push-pull')!.title})`,
    );
    const open = within(
      within(screen.getByTestId('session-summary')).getByRole('listitem', { name: SORT.title }),
    ).getByRole('button', { name: 'Open board' });
    expect(descriptionOf(open)).toBe(
      '3 of 3 cards voted on · final placement saved · includes practice answers',
    );

    fireEvent.click(within(strip).getByRole('button', { name: 'Clear practice results' }));
    const dialog = screen.getByRole('dialog', { name: 'Clear practice results?' });
    expect(dialog.textContent).toContain(
      'Board placements, decisions and merges made only from them go too (2).',
    );
    expect(dialog.textContent).toContain('The 1 you moved by hand or gave a note stay.');
    // Cancel changes nothing.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(saved.results[SORT.id]).toBeDefined();

    fireEvent.click(within(strip).getByRole('button', { name: 'Clear practice results' }));
    fireEvent.click(
      within(screen.getByRole('dialog', { name: 'Clear practice results?' })).getByRole('button', {
        name: 'Clear practice results',
      }),
    );
    expect(saved.results).toEqual({});
    expect(findExercise(saved, 'push-pull')!.placements).toEqual({ c2: 'pull' });
    expect(
      screen.getByText('Practice results cleared from 1 activity. Undo (Ctrl+Z) brings them back.'),
    ).toBeTruthy();
    expect(screen.queryByTestId('practice-results')).toBeNull();
    // The ended session's live tally is not shown in its place.
    expect(descriptionOf(open)).toBe('0 of 3 cards voted on · final placement saved');

    // The hub replays closed results when the console reconnects: the cleared one stays out.
    act(() => hub.receive({ type: 'closed-results', result: practiceResult() }));
    expect(saved.results).toEqual({});
    // A result closed later (a new run) is stored as usual.
    act(() => hub.receive({ type: 'closed-results', result: { ...practiceResult(9000), practice: 0 } }));
    expect(saved.results[SORT.id]).toMatchObject({ closedAt: 9000 });
  });

  it('asks before starting a session on practice results: keep them, or clear them and start', async () => {
    const keep = rehearsed();
    const hub = await openRunLive(null, keep);
    const start = await screen.findByRole('button', { name: 'Start live session' });
    await vi.waitFor(() => expect((start as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(start);
    const ask = screen.getByRole('dialog', {
      name: 'This workshop holds practice results: clear them first?',
    });
    expect(controls(hub)).toEqual([]);
    fireEvent.click(within(ask).getByRole('button', { name: 'Keep them and start' }));
    await vi.waitFor(() => expect(controls(hub)).toMatchObject([{ action: 'start-session' }]));
    expect(saved.results[SORT.id]).toBeDefined();
    cleanup();
    sockets.all.length = 0;

    const hub2 = await openRunLive(null, rehearsed());
    fireEvent.click(await screen.findByRole('button', { name: 'Start live session' }));
    fireEvent.click(
      within(screen.getByRole('dialog', { name: /clear them first/ })).getByRole('button', {
        name: 'Clear them and start',
      }),
    );
    expect(saved.results).toEqual({});
    await vi.waitFor(() => expect(controls(hub2)).toMatchObject([{ action: 'start-session' }]));
  });

  it('starts at once when nothing is practice', async () => {
    const hub = await openRunLive(null, {
      ...INITIAL,
      results: { [SORT.id]: { ...practiceResult(), practice: 0 } },
    });
    expect(screen.queryByTestId('practice-results')).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Start live session' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await vi.waitFor(() => expect(controls(hub)).toMatchObject([{ action: 'start-session' }]));
  });
});

describe('Run live: presenter notes and the pace of the day', () => {
  const withNotes = (plannedStart?: string): Workshop => ({
    ...INITIAL,
    ...(plannedStart ? { plannedStart } : {}),
    agenda: INITIAL.agenda.map((e) => ({ ...e, notes: `Notes for ${e.title}: bring sticky notes` })),
  });

  it('starts the session without the notes', async () => {
    const hub = await openRunLive(null, withNotes('09:00'));
    fireEvent.click(await screen.findByRole('button', { name: 'Start live session' }));
    await vi.waitFor(() => expect(controls(hub)).toMatchObject([{ action: 'start-session' }]));
    expect(JSON.stringify(hub.sent)).not.toContain('sticky notes');
  });

  it('shows the current exercise’s notes and how far behind its planned start the day runs', async () => {
    // Only the clock is fake: the fake hub's ticks still run.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 5, 10, 52, 20));
    // Moves an earlier test's session s1 left behind.
    localStorage.removeItem('outside-in.moves.s1');
    // The card sort comes 45 minutes into the day: at 10:40 with a 09:55 start.
    await openRunLive(session('waiting'), withNotes('09:55'));
    const panel = await screen.findByTestId('presenter-notes');
    expect(panel.textContent).toContain(`Notes for ${findExercise(INITIAL, 'push-pull')!.title}`);
    expect(panel.textContent).not.toContain('Notes for What customer-centric means');
    const pace = within(panel).getByTestId('day-pace').textContent;
    expect(pace).toMatch(/^planned 10:40 · now 10:52 · 12 min behind · day ends 12:07 \(planned 11:55\)$/);
  });
});
