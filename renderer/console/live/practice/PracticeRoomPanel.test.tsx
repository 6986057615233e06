// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveSession } from '../../../../shared/protocol';
import { PracticeCount, PracticeResultNote, savedResultsLabel } from './PracticeMarks';
import { PracticeRoomPanel } from './PracticeRoomPanel';
import { FakeSocket, fakeWebSockets, type Sent } from '../../../ui/hub/testing/fakeSocket';

/** The hub end of each practice participant's WebSocket: welcomes whoever says hello. */
let sockets = fakeWebSockets(welcome);
const hellos = new Map<FakeSocket, Sent>();

function welcome(socket: FakeSocket, message: Sent) {
  if (message.type !== 'hello') return;
  hellos.set(socket, message);
  const welcome = {
    type: 'welcome',
    seq: 1,
    protocol: 1,
    you: { role: 'participant', participantId: `p${sockets.all.indexOf(socket)}`, secret: 's' },
    snapshot: { session: session(), now: Date.now() },
  };
  queueMicrotask(() => socket.receive(welcome));
}

function session(practice?: number): LiveSession {
  const current = {
    id: 'check:questions',
    exerciseId: 'check',
    kind: 'scale-poll',
    title: 'Centricity check',
    prompt: '',
    config: { items: [{ id: 'q', label: 'Q' }], min: 1, max: 5 },
  };
  return {
    id: 's1',
    status: 'live',
    code: 'ABCDE',
    joinUrl: 'http://127.0.0.1:4870/j/ABCDE',
    workshopId: 'w1',
    workshopName: 'Practice',
    activities: [{ id: current.id, kind: current.kind, title: current.title, phase: 'waiting' }],
    index: 0,
    current,
    phase: 'waiting',
    revealed: false,
    timer: null,
    participants: { joined: 8, connected: 9, ...(practice ? { practice } : {}) },
  };
}

const access = { url: 'http://127.0.0.1:4999', token: 'the-key' };

beforeEach(() => {
  sockets = fakeWebSockets(welcome);
  hellos.clear();
  vi.stubGlobal('WebSocket', sockets.WebSocket);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

describe('the practice room panel', () => {
  it('adds the number asked for, as practice participants of this session, and removes them', async () => {
    render(<PracticeRoomPanel access={access} session={session()} />);
    expect(screen.getByRole('button', { name: 'Add 8 simulated participants' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Simulated participants to add'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add 3 simulated participants' }));
    await flush();
    expect(sockets.all).toHaveLength(3);
    expect(sockets.all[0]!.url).toBe('ws://127.0.0.1:4999/ws');
    for (const socket of sockets.all)
      expect(hellos.get(socket)).toMatchObject({
        role: 'participant',
        code: 'ABCDE',
        practice: true,
        token: 'the-key',
      });
    expect(screen.getByTestId('practice-running').textContent).toBe('3 practice participants');

    fireEvent.click(screen.getByRole('button', { name: 'Remove them' }));
    expect(sockets.all.every((s) => s.closed)).toBe(true);
    expect(screen.queryByTestId('practice-running')).toBeNull();
    expect(screen.getByRole('button', { name: 'Add 3 simulated participants' })).toBeTruthy();
  });

  it('lets everyone leave when the page goes (or the session ends and the panel unmounts)', async () => {
    const { unmount } = render(<PracticeRoomPanel access={access} session={session()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add 8 simulated participants' }));
    await flush();
    expect(sockets.all).toHaveLength(8);
    unmount();
    expect(sockets.all.every((s) => s.closed)).toBe(true);
  });

  it('offers no more than 30 in all', async () => {
    render(<PracticeRoomPanel access={access} session={session()} />);
    const field = screen.getByLabelText('Simulated participants to add');
    fireEvent.change(field, { target: { value: '50' } });
    // Reaching for the button leaves the field, which clamps it to the room left.
    fireEvent.blur(field);
    fireEvent.click(screen.getByRole('button', { name: 'Add 30 simulated participants' }));
    await flush();
    expect(sockets.all).toHaveLength(30);
    expect(screen.queryByLabelText('Simulated participants to add')).toBeNull();
  });
});

describe('practice marks', () => {
  it('count practice participants next to the connected count, only when there are some', () => {
    const { container, rerender } = render(<PracticeCount session={session(8)} />);
    expect(container.textContent).toBe(' · 8 practice participants');
    rerender(<PracticeCount session={session(1)} />);
    expect(container.textContent).toBe(' · 1 practice participant');
    rerender(<PracticeCount session={session()} />);
    expect(container.textContent).toBe('');
  });

  it('say when results include practice answers', () => {
    expect(savedResultsLabel({ practice: 6 })).toBe('Results saved, includes practice answers');
    expect(savedResultsLabel({}, false)).toBe('results saved');
    const { container, rerender } = render(<PracticeResultNote practice={6} answered={9} />);
    expect(container.textContent).toBe('Includes practice answers: 6 of the 9 who answered are simulated.');
    rerender(<PracticeResultNote answered={9} />);
    expect(container.textContent).toBe('');
  });
});
