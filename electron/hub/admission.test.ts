import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type Hello } from '../../shared/protocol';
import {
  IDENTITIES_PER_DEVICE,
  MAX_PARTICIPANTS,
  admit,
  hashSecret,
  sha256,
  type AdmissionClient,
} from './admission';
import { CLOSE } from './connections';

const KEY = 'the-facilitator-key';
const keyHash = sha256(KEY);
const laptop: AdmissionClient = { loopback: true, origin: 'own', address: '127.0.0.1', limited: false };
const phone: AdmissionClient = { loopback: false, origin: 'own', address: '10.0.0.7', limited: true };
const fromDesktop: AdmissionClient = {
  loopback: true,
  origin: 'desktop',
  address: '127.0.0.1',
  limited: false,
};
const session = {
  code: 'ABCDE',
  ended: false,
  participants: new Map([['p1', hashSecret('s3cret')]]),
  removed: new Set<string>(),
  sharedDevices: new Set<string>(),
  identitiesFrom: () => 0,
};
const hello = (fields: Partial<Hello> & Pick<Hello, 'role'>): Hello =>
  ({ type: 'hello', protocol: PROTOCOL_VERSION, ...fields }) as Hello;

describe('admit', () => {
  it('refuses another protocol version before anything else', () => {
    const verdict = admit(hello({ role: 'facilitator', token: KEY, protocol: 99 }), laptop, session, keyHash);
    expect(verdict).toMatchObject({
      verdict: 'refuse',
      code: 'protocol-version',
      close: CLOSE.protocolVersion,
    });
  });

  it('lets the facilitator in only with the key', () => {
    expect(admit(hello({ role: 'facilitator', token: KEY }), phone, null, keyHash)).toEqual({
      verdict: 'welcome',
      role: 'facilitator',
      you: {},
    });
    expect(admit(hello({ role: 'facilitator', token: 'guess' }), laptop, null, keyHash)).toMatchObject({
      verdict: 'refuse',
      code: 'unauthorized',
      close: CLOSE.unauthorized,
    });
  });

  it("lets the desktop app's pages in only with the key, whatever role they claim", () => {
    expect(admit(hello({ role: 'screen' }), fromDesktop, session, keyHash)).toMatchObject({
      verdict: 'refuse',
      code: 'unauthorized',
    });
    expect(admit(hello({ role: 'screen', token: KEY }), fromDesktop, session, keyHash)).toMatchObject({
      verdict: 'welcome',
      role: 'screen',
    });
  });

  it('lets the projector watch without a code on the laptop, with the code or key elsewhere', () => {
    expect(admit(hello({ role: 'screen' }), laptop, null, keyHash)).toMatchObject({ verdict: 'welcome' });
    expect(admit(hello({ role: 'screen', code: 'ABCDE' }), phone, session, keyHash)).toMatchObject({
      verdict: 'welcome',
    });
    expect(admit(hello({ role: 'screen', code: 'ZZZZZ' }), phone, session, keyHash)).toMatchObject({
      verdict: 'refuse',
      code: 'unknown-code',
      close: CLOSE.noSession,
    });
    expect(
      admit(hello({ role: 'screen', code: 'ABCDE' }), phone, { ...session, ended: true }, keyHash),
    ).toMatchObject({ verdict: 'refuse', code: 'unknown-code' });
  });

  it('turns away participants with a wrong code, with no session, or after the end', () => {
    const wrong = admit(hello({ role: 'participant', code: 'ZZZZZ' }), phone, session, keyHash);
    expect(wrong).toMatchObject({ verdict: 'refuse', code: 'unknown-code' });
    expect(wrong.verdict === 'refuse' && wrong.message).toContain('ZZZZZ');
    expect(admit(hello({ role: 'participant', code: 'ABCDE' }), phone, null, keyHash)).toMatchObject({
      code: 'unknown-code',
    });
    expect(
      admit(hello({ role: 'participant', code: 'ABCDE' }), phone, { ...session, ended: true }, keyHash),
    ).toMatchObject({ verdict: 'refuse', code: 'session-ended' });
  });

  it('resumes a participant whose secret matches, and makes a new one otherwise', () => {
    const back = hello({ role: 'participant', code: 'ABCDE', participantId: 'p1', secret: 's3cret' });
    expect(admit(back, phone, session, keyHash)).toEqual({
      verdict: 'welcome',
      role: 'participant',
      you: { participantId: 'p1', secret: 's3cret', resumed: true },
    });
    for (const claim of [
      { participantId: 'p1', secret: 'not-it' },
      { participantId: 'p1' },
      { participantId: 'p2', secret: 's3cret' },
    ]) {
      expect(admit(hello({ role: 'participant', code: 'ABCDE', ...claim }), phone, session, keyHash)).toEqual(
        {
          verdict: 'join',
          practice: false,
        },
      );
    }
  });

  it('refuses newcomers to a full session but lets its participants back in', () => {
    const participants = new Map(Array.from({ length: MAX_PARTICIPANTS }, (_, i) => [`p${i}`, 'x']));
    participants.set('p1', hashSecret('s3cret'));
    const full = { ...session, participants };
    expect(admit(hello({ role: 'participant', code: 'ABCDE' }), phone, full, keyHash)).toMatchObject({
      verdict: 'refuse',
      code: 'session-full',
      limit: MAX_PARTICIPANTS,
    });
    const back = hello({ role: 'participant', code: 'ABCDE', participantId: 'p1', secret: 's3cret' });
    expect(admit(back, phone, full, keyHash)).toMatchObject({ verdict: 'welcome' });
  });

  it('admits practice participants only from the laptop, as participants, with the key', () => {
    const practice = { role: 'participant' as const, code: 'ABCDE', practice: true };
    expect(admit(hello({ ...practice, token: KEY }), laptop, session, keyHash)).toEqual({
      verdict: 'join',
      practice: true,
    });
    for (const [fields, client] of [
      [{ ...practice, token: KEY }, phone],
      [practice, laptop],
      [{ ...practice, token: 'guess' }, laptop],
      [{ ...practice, role: 'screen' as const, token: KEY }, laptop],
    ] as const) {
      expect(admit(hello(fields), client, session, keyHash)).toMatchObject({
        verdict: 'refuse',
        code: 'unauthorized',
      });
    }
  });

  describe('one device, one participant', () => {
    const fromDevice = (identities: number, shared: string[] = [], removed: string[] = []) => ({
      ...session,
      removed: new Set(removed),
      sharedDevices: new Set(shared),
      identitiesFrom: (address: string) => (address === '10.0.0.7' ? identities : 0),
    });

    it(`lets a device make ${IDENTITIES_PER_DEVICE} participants, then refuses new ones`, () => {
      const join = hello({ role: 'participant', code: 'ABCDE' });
      expect(admit(join, phone, fromDevice(IDENTITIES_PER_DEVICE - 1), keyHash)).toMatchObject({
        verdict: 'join',
      });
      expect(admit(join, phone, fromDevice(IDENTITIES_PER_DEVICE), keyHash)).toMatchObject({
        verdict: 'refuse',
        code: 'device-limit',
        close: CLOSE.deviceLimit,
        limit: IDENTITIES_PER_DEVICE,
      });
      // Another device in the room is not affected.
      const neighbour = { ...phone, address: '10.0.0.8' };
      expect(admit(join, neighbour, fromDevice(IDENTITIES_PER_DEVICE), keyHash)).toMatchObject({
        verdict: 'join',
      });
    });

    it('lets a device the facilitator marked shared, and this computer, make more', () => {
      const join = hello({ role: 'participant', code: 'ABCDE' });
      expect(admit(join, phone, fromDevice(50, ['10.0.0.7']), keyHash)).toMatchObject({ verdict: 'join' });
      expect(admit(join, laptop, fromDevice(50), keyHash)).toMatchObject({ verdict: 'join' });
    });

    it('still lets a participant back in as themselves at the limit', () => {
      const back = hello({ role: 'participant', code: 'ABCDE', participantId: 'p1', secret: 's3cret' });
      expect(admit(back, phone, fromDevice(IDENTITIES_PER_DEVICE), keyHash)).toMatchObject({
        verdict: 'welcome',
        you: { resumed: true },
      });
    });

    it('keeps a removed participant out, with their own secret', () => {
      const back = hello({ role: 'participant', code: 'ABCDE', participantId: 'p1', secret: 's3cret' });
      expect(admit(back, phone, fromDevice(0, [], ['p1']), keyHash)).toMatchObject({
        verdict: 'refuse',
        code: 'removed',
        close: CLOSE.removed,
      });
    });
  });
});
