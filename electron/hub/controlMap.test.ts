import { describe, expect, it } from 'vitest';
import type { ControlAction } from '../../shared/protocol';
import type { Client } from './connections';
import { runControl, type ControlRoom } from './controls';
import type { JournalRecord } from './journal';
import { scalePollSpec, sessionOf } from './testing/fixtures';

/** A control room that applies records to a real session and remembers what was done, no sockets. */
function room() {
  const session = sessionOf([scalePollSpec('a:q'), scalePollSpec('b:q')]);
  const done: string[] = [];
  const records: JournalRecord[] = [];
  const fake: ControlRoom = {
    session,
    error: (_, code, message) => void done.push(`error ${code}: ${message}`),
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
    setHost: async () => done.push('host'),
    sendRoster: () => void done.push('roster'),
    removed: (_, id, touched) =>
      void done.push(`removed ${id} from ${touched.map((a) => a.spec.id).join(',')}`),
  };
  return { fake, session, done, records };
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
  });
});
