import { describe, expect, it } from 'vitest';
import { openTextSpec, scalePollSpec, sessionOf } from './testing/fixtures';
import {
  liveTallyFor,
  participantCounts,
  phonesSeeTally,
  screenTally,
  stateFor,
  tallyMessage,
} from './visibility';

function session() {
  return sessionOf([scalePollSpec(), openTextSpec()]);
}

describe('visibility', () => {
  it('sends every state change to console and projector, only full changes to phones', () => {
    expect(stateFor('facilitator', false)).toBe('facilitator');
    expect(stateFor('screen', false)).toBe('screen');
    expect(stateFor('participant', false)).toBeNull();
    // Phones get their own state: no outcome, no projector display.
    expect(stateFor('participant', true)).toBe('participant');
    expect(stateFor(null, true)).toBeNull();
  });

  it('shows the console every tally, the projector the current one with its result only once revealed', () => {
    const s = session();
    const [poll, text] = s.activities as [typeof s.current, typeof s.current];
    expect(liveTallyFor('facilitator', s, text)).toBe('full');
    expect(liveTallyFor('screen', s, text)).toBeNull();
    expect(liveTallyFor('screen', s, poll)).toBe('screen');
    expect(liveTallyFor('participant', s, poll)).toBeNull();
    s.apply({ t: 'reveal', at: 1, revealed: true });
    expect(liveTallyFor('screen', s, poll)).toBe('full');
  });

  it('hides the projector’s result until revealed, keeping the counts', () => {
    const s = session();
    s.apply({ t: 'join', at: 1, participantId: 'p1', secretHash: 'x' });
    s.apply({
      t: 'answer',
      at: 2,
      participantId: 'p1',
      activityId: 'check:q',
      itemId: 'q1',
      clientAnswerId: 'a',
      value: 4,
    });
    const tally = tallyMessage(s, s.current, { joined: 1, connected: 1 });
    expect(screenTally(s, tally)).toEqual({ ...tally, result: null });
    expect(screenTally(s, tally).answered).toBe(1);
    s.apply({ t: 'reveal', at: 3, revealed: true });
    expect(screenTally(s, tally)).toBe(tally);
  });

  it('shows phones other people’s answers only for public kinds, on the current activity', () => {
    const s = session();
    const [poll, text] = s.activities as [typeof s.current, typeof s.current];
    expect(phonesSeeTally(s, poll)).toBe(false);
    expect(phonesSeeTally(s, text)).toBe(false);
    s.apply({ t: 'goto', at: 1, index: 1 });
    expect(phonesSeeTally(s, text)).toBe(true);
  });

  it('counts the practice participants among the connected, and only when there are some', () => {
    const s = session();
    s.apply({ t: 'join', at: 1, participantId: 'p1', secretHash: 'x' });
    s.apply({ t: 'join', at: 1, participantId: 'sim', secretHash: 'x', practice: true });
    expect(participantCounts(s, new Map([['p1', 1]]))).toEqual({ joined: 2, connected: 1 });
    expect(
      participantCounts(
        s,
        new Map([
          ['p1', 1],
          ['sim', 2],
        ]),
      ),
    ).toEqual({
      joined: 2,
      connected: 2,
      practice: 1,
    });
    expect(participantCounts(null, new Map())).toEqual({ joined: 0, connected: 0 });
  });
});
