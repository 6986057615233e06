import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  JOIN_CODE_ALPHABET,
  PROTOCOL_VERSION,
  joinCodeSchema,
  newJoinCode,
  parseClientMessage,
  parseHubMessage,
} from './index';

describe('parseClientMessage', () => {
  it('accepts a participant hello and normalises the typed join code', () => {
    const parsed = parseClientMessage(
      JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, role: 'participant', code: ' abc-de ' }),
    );
    expect(parsed).toEqual({
      ok: true,
      message: { type: 'hello', protocol: 1, role: 'participant', code: 'ABCDE' },
    });
  });

  it('says plainly when a frame is not JSON', () => {
    expect(parseClientMessage('{"type": "hello",')).toEqual({
      ok: false,
      error: { code: 'bad-json', message: 'That message was not valid JSON.' },
    });
  });

  it('names the unknown type and the expected ones', () => {
    const parsed = parseClientMessage(JSON.stringify({ type: 'vote' }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.error.message).toMatch(/Unknown message type "vote".*hello, answer, control/);
  });

  it('rejects arrays and scalars', () => {
    for (const raw of ['[]', '42', 'null', '"hello"']) {
      const parsed = parseClientMessage(raw);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error.code).toBe('invalid-message');
    }
  });

  it('points at the field that is wrong', () => {
    const parsed = parseClientMessage(
      JSON.stringify({ type: 'answer', activityId: 'a', itemId: 'q', clientAnswerId: '', value: 3 }),
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message).toContain('clientAnswerId');
  });

  it('refuses a join code with confusable characters', () => {
    expect(joinCodeSchema.safeParse('AB0O1').success).toBe(false);
    expect(joinCodeSchema.safeParse('ab2cd').success).toBe(true);
  });

  it('parses every control action and refuses an unknown one', () => {
    const actions = [
      { action: 'open' },
      { action: 'close' },
      { action: 'reveal' },
      { action: 'hide' },
      { action: 'goto', index: 2 },
      { action: 'next' },
      { action: 'previous' },
      { action: 'timer', seconds: 60 },
      { action: 'timer', seconds: null },
      { action: 'set-host', address: null },
      { action: 'end-session' },
      {
        action: 'start-session',
        workshopId: 'w1',
        workshopName: 'Kick-off',
        activities: [
          { id: 'e1:q', exerciseId: 'e1', kind: 'scale-poll', title: 'T', prompt: 'P', config: {} },
        ],
      },
    ];
    for (const control of actions) {
      expect(parseClientMessage(JSON.stringify({ type: 'control', control })).ok).toBe(true);
    }
    expect(parseClientMessage(JSON.stringify({ type: 'control', control: { action: 'shutdown' } })).ok).toBe(
      false,
    );
    expect(
      parseClientMessage(JSON.stringify({ type: 'control', control: { action: 'timer', seconds: -5 } })).ok,
    ).toBe(false);
  });

  it('drops presenter notes from a start-session, so the hub never keeps them', () => {
    const activity = {
      id: 'e1:q',
      exerciseId: 'e1',
      kind: 'scale-poll',
      title: 'T',
      prompt: 'P',
      config: {},
    };
    const control = {
      action: 'start-session',
      workshopId: 'w1',
      workshopName: 'Kick-off',
      notes: 'Bring the flip chart',
      activities: [{ ...activity, notes: 'Say: nobody sees your name' }],
    };
    const parsed = parseClientMessage(JSON.stringify({ type: 'control', control }));
    expect(parsed).toEqual({
      ok: true,
      message: {
        type: 'control',
        control: {
          action: 'start-session',
          workshopId: 'w1',
          workshopName: 'Kick-off',
          activities: [activity],
        },
      },
    });
  });

  it('carries an activity update with its config as sent, and names a missing activity id', () => {
    const config = { cards: [{ id: 'c1', title: 'Loyalty app' }], contestedThreshold: 65 };
    const control = { action: 'update-activity', activityId: 'pp:sort', config };
    expect(parseClientMessage(JSON.stringify({ type: 'control', control }))).toEqual({
      ok: true,
      message: { type: 'control', control },
    });
    const missing = parseClientMessage(
      JSON.stringify({ type: 'control', control: { action: 'update-activity', config } }),
    );
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.message).toContain('activityId');
    const empty = parseClientMessage(
      JSON.stringify({ type: 'control', control: { action: 'update-activity', activityId: '', config } }),
    );
    expect(empty.ok).toBe(false);
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const parsed = parseClientMessage(raw);
        expect(typeof parsed.ok).toBe('boolean');
        if (!parsed.ok) expect(parsed.error.message.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('parseHubMessage', () => {
  it('reads an ack and refuses a message without seq', () => {
    const ack = {
      type: 'ack',
      seq: 3,
      clientAnswerId: 'c1',
      activityId: 'a',
      itemId: 'q',
      status: 'recorded',
    };
    expect(parseHubMessage(JSON.stringify(ack)).ok).toBe(true);
    const { seq: _seq, ...withoutSeq } = ack;
    expect(parseHubMessage(JSON.stringify(withoutSeq)).ok).toBe(false);
  });
  it('reads a refused control with its refusal, without one (older hub), and with a code it does not know', () => {
    const error = { type: 'error', seq: 4, code: 'bad-control', message: 'This is the last activity.' };
    const old = parseHubMessage(JSON.stringify(error));
    expect(old).toEqual({ ok: true, message: error });
    const coded = { ...error, refusal: { code: 'no-such-activity', args: { number: 6, count: 2 } } };
    expect(parseHubMessage(JSON.stringify(coded))).toEqual({ ok: true, message: coded });
    // A newer hub's code must not cost the console the error: it falls back to the English words.
    const newer = parseHubMessage(JSON.stringify({ ...error, refusal: { code: 'moon-phase' } }));
    expect(newer.ok).toBe(true);
    expect(newer.ok && newer.message).toMatchObject({ code: 'bad-control', message: error.message });
    expect(newer.ok && newer.message.type === 'error' && newer.message.refusal).toBeUndefined();
  });
});

describe('newJoinCode', () => {
  it('makes codes that parse as join codes', () => {
    for (let i = 0; i < 200; i++) {
      const code = newJoinCode();
      expect(code).toHaveLength(5);
      expect([...code].every((c) => JOIN_CODE_ALPHABET.includes(c))).toBe(true);
      expect(joinCodeSchema.parse(code.toLowerCase())).toBe(code);
    }
  });
});
