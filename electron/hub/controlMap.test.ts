import { describe, expect, it } from 'vitest';
import { RefusedError, type ControlAction, type Refusal } from '../../shared/protocol';
import type { Client } from './connections';
import { runControl, type ControlRoom } from './controls';
import type { JournalRecord } from './journal';
import { scalePollSpec, sessionOf } from './testing/fixtures';

/** A control room that applies records to a real session and remembers what was done, no sockets. */
function room() {
  const session = sessionOf([scalePollSpec('a:q'), scalePollSpec('b:q')]);
  const done: string[] = [];
  const records: JournalRecord[] = [];
  const refusals: (Refusal | undefined)[] = [];
  let hostProblem: Error | null = null;
  const fake: ControlRoom = {
    session,
    error: (_, code, message, refusal) => {
      done.push(`error ${code}: ${message}`);
      refusals.push(refusal);
    },
    record: (record, flushed) => {
      session.apply(record);
      records.push(record);
      flushed?.();
    },
    closeCurrent: () => {
      done.push('close');
      fake.record({ t: 'phase', at: 1, activityId: session.current.spec.id, phase: 'closed' });
    },
    armCountdown: () => void done.push('arm'),
    clearCountdown: () => void done.push('clear'),
    markTally: (a) => void done.push(`tally ${a.spec.id}`),
    endSession: () => fake.record({ t: 'end', at: 1 }),
    changed: (_, moved) => void done.push(moved ? 'changed, moved' : 'changed'),
    startSession: async () => void done.push('start'),
    setHost: async () => {
      if (hostProblem) throw hostProblem;
      done.push('host');
    },
    sendRoster: () => void done.push('roster'),
    removed: (_, id, touched) =>
      void done.push(`removed ${id} from ${touched.map((a) => a.spec.id).join(',')}`),
  };
  const failHost = (error: Error) => void (hostProblem = error);
  return { fake, session, done, records, refusals, failHost };
}

const facilitator = { role: 'facilitator' } as Client;
const run = (r: ReturnType<typeof room>, control: ControlAction, client = facilitator) =>
  runControl(r.fake, client, control);

describe('the control map', () => {
  it('refuses anyone but the facilitator, touching nothing', async () => {
    const r = room();
    await run(r, { action: 'end-session' }, { role: 'screen' } as Client);
    expect(r.done).toEqual(["error not-allowed: Only the facilitator's console can change the session."]);
    expect(r.records).toEqual([]);
  });

  it('moving on closes what was open, journals the move and sends phones their answers', async () => {
    const r = room();
    await run(r, { action: 'open' });
    await run(r, { action: 'next' });
    expect(r.records.map((x) => x.t)).toEqual(['phase', 'phase', 'goto']);
    expect(r.session.activities.map((a) => a.phase)).toEqual(['closed', 'waiting']);
    expect(r.done).toEqual(['changed', 'close', 'clear', 'tally b:q', 'changed, moved']);
  });

  it('refuses a move off the agenda in words, and does not tell anyone of a change', async () => {
    const r = room();
    await run(r, { action: 'previous' });
    await run(r, { action: 'goto', index: 5 });
    expect(r.done).toEqual([
      'error bad-control: This is the first activity.',
      'error bad-control: There is no activity 6; the agenda has 2.',
    ]);
    expect(r.records).toEqual([]);
  });

  it('gives each refusal a code and the numbers its sentence needs, for the console to word', async () => {
    const r = room();
    await run(r, { action: 'previous' });
    await run(r, { action: 'goto', index: 5 });
    await run(r, { action: 'next' });
    await run(r, { action: 'next' });
    await run(r, { action: 'remove-participant', participantId: 'nobody' });
    expect(r.refusals).toEqual([
      { code: 'first-activity' },
      { code: 'no-such-activity', args: { number: 6, count: 2 } },
      { code: 'last-activity' },
      { code: 'not-in-session' },
    ]);
    expect(r.done.at(-1)).toBe('error bad-control: That participant is not in this session.');
  });

  it('passes on why the network switch failed when it says, and only the words when it does not', async () => {
    const r = room();
    r.failHost(new RefusedError({ code: 'not-an-address', args: { address: '203.0.113.7' } }));
    await run(r, { action: 'set-host', address: '203.0.113.7' });
    r.failHost(new Error('Something odd'));
    await run(r, { action: 'set-host', address: '203.0.113.7' });
    expect(r.done).toEqual([
      'error bad-control: 203.0.113.7 is not a network address of this computer. Choose one of its networks.',
      'error bad-control: Something odd',
    ]);
    expect(r.refusals).toEqual([{ code: 'not-an-address', args: { address: '203.0.113.7' } }, undefined]);
  });

  it('journals reveal only when it changes, and ends the session closing the open activity', async () => {
    const r = room();
    await run(r, { action: 'reveal' });
    await run(r, { action: 'reveal' });
    await run(r, { action: 'open' });
    await run(r, { action: 'end-session' });
    expect(r.records.map((x) => x.t)).toEqual(['reveal', 'phase', 'phase', 'end']);
    expect(r.session.ended).toBe(true);
    await run(r, { action: 'open' });
    expect(r.done.at(-1)).toBe('error no-session: No session is running. Start one first.');
    expect(r.refusals.at(-1)).toEqual({ code: 'no-session' });
  });
});
