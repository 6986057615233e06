import { createHash, timingSafeEqual } from 'node:crypto';
import { PROTOCOL_VERSION, type ErrorCode, type Hello, type Role } from '../../shared/protocol';
import { CLOSE } from './connections';
import type { OriginKind } from './origin';

/** One room is up to 1,000 phones; far more joins are someone scripting new identities. */
export const MAX_PARTICIPANTS = 5000;

export const sha256 = (text: string) => createHash('sha256').update(text).digest();
/** What the journal keeps of a participant's secret. */
export const hashSecret = (secret: string) => sha256(secret).toString('hex');

/**
 * New participants one device address may make unless the facilitator marks it shared: a second
 * browser or a cleared history is fine, a script minting identities is not.
 */
export const IDENTITIES_PER_DEVICE = 3;

/** What admission needs to know of the connection saying hello. */
export interface AdmissionClient {
  loopback: boolean;
  origin: OriginKind;
  /** The device address, and whether the per-device rules apply to it (not on this computer). */
  address: string;
  limited: boolean;
}

/** What admission needs to know of the session (null: none running). */
export interface AdmissionSession {
  code: string;
  ended: boolean;
  /** participantId → hash of the participant's secret. */
  participants: ReadonlyMap<string, string>;
  /** Participants the facilitator took out. */
  removed: ReadonlySet<string>;
  sharedDevices: ReadonlySet<string>;
  identitiesFrom(address: string): number;
}

export const REMOVED_MESSAGE =
  'The facilitator took you out of this session. Ask them if you think that was a mistake.';

export function deviceLimitMessage(limit: number): string {
  return `This device has joined this session as ${limit} people already. Carry on in the browser you joined with first, or ask the facilitator to mark this device as shared.`;
}

export type Welcome = { participantId?: string; secret?: string; resumed?: boolean };

export type Verdict =
  /** In, as `role` (a returning participant with their identity). */
  | { verdict: 'welcome'; role: Role; you: Welcome }
  /** A new participant: an identity is made and journaled before the welcome. */
  | { verdict: 'join'; practice: boolean }
  /** `limit`: the number the refusal names, for the page to word it. */
  | { verdict: 'refuse'; code: ErrorCode; message: string; close: number; limit?: number };

const refuse = (code: ErrorCode, message: string, close: number, limit?: number): Verdict => ({
  verdict: 'refuse',
  code,
  message,
  close,
  ...(limit !== undefined ? { limit } : {}),
});

export function noSessionMessage(code: string | undefined): string {
  return code
    ? `No session with code ${code} is running here. Check the code on the projector.`
    : 'Type the join code shown on the projector.';
}

export const SESSION_ENDED = 'This session has ended. Thank you for taking part!';

function secretMatches(secret: string | undefined, hash: string | undefined): boolean {
  if (secret === undefined || hash === undefined) return false;
  const given = Buffer.from(hashSecret(secret));
  const known = Buffer.from(hash);
  return given.length === known.length && timingSafeEqual(given, known);
}

/**
 * Who may come in, as what: decided from the hello, the connection and the session alone.
 * `facilitatorKey` is the sha256 of the facilitator's key.
 */
export function admit(
  hello: Hello,
  client: AdmissionClient,
  session: AdmissionSession | null,
  facilitatorKey: Buffer,
): Verdict {
  const keyMatches = hello.token !== undefined && timingSafeEqual(sha256(hello.token), facilitatorKey);
  if (hello.protocol !== PROTOCOL_VERSION) {
    return refuse(
      'protocol-version',
      `This page speaks another version of Outside-In (protocol ${hello.protocol}, the hub speaks ${PROTOCOL_VERSION}). Reload the page.`,
      CLOSE.protocolVersion,
    );
  }
  if (client.origin === 'desktop' && !keyMatches) {
    return refuse('unauthorized', 'A desktop app page must present the facilitator key.', CLOSE.unauthorized);
  }
  // The practice room runs in the facilitator's console: never from another machine, never without the key.
  if (hello.practice && (hello.role !== 'participant' || !client.loopback || !keyMatches)) {
    return refuse(
      'unauthorized',
      'Practice participants join only from the facilitator’s console, on the computer running the session.',
      CLOSE.unauthorized,
    );
  }
  if (hello.role === 'facilitator') {
    if (!keyMatches) {
      return refuse(
        'unauthorized',
        'The facilitator key is missing or wrong. Open the console from Outside-In (or the link it printed when it started).',
        CLOSE.unauthorized,
      );
    }
    return { verdict: 'welcome', role: 'facilitator', you: {} };
  }
  if (hello.role === 'screen') {
    // On the hub's own machine the projector may watch without a code (it shows the code).
    const codeOk = session && !session.ended && hello.code === session.code;
    if (!client.loopback && !codeOk && !keyMatches) {
      return refuse('unknown-code', noSessionMessage(hello.code), CLOSE.noSession);
    }
    return { verdict: 'welcome', role: 'screen', you: {} };
  }
  if (!session || hello.code !== session.code) {
    return refuse('unknown-code', noSessionMessage(hello.code), CLOSE.noSession);
  }
  if (session.ended) return refuse('session-ended', SESSION_ENDED, CLOSE.noSession);
  const known = hello.participantId ? session.participants.get(hello.participantId) : undefined;
  if (known && secretMatches(hello.secret, known)) {
    if (session.removed.has(hello.participantId!)) return refuse('removed', REMOVED_MESSAGE, CLOSE.removed);
    return {
      verdict: 'welcome',
      role: 'participant',
      you: { participantId: hello.participantId!, secret: hello.secret!, resumed: true },
    };
  }
  if (session.participants.size >= MAX_PARTICIPANTS) {
    return refuse(
      'session-full',
      `This session is full (${MAX_PARTICIPANTS} participants).`,
      CLOSE.noSession,
      MAX_PARTICIPANTS,
    );
  }
  if (
    client.limited &&
    !hello.practice &&
    !session.sharedDevices.has(client.address) &&
    session.identitiesFrom(client.address) >= IDENTITIES_PER_DEVICE
  ) {
    return refuse(
      'device-limit',
      deviceLimitMessage(IDENTITIES_PER_DEVICE),
      CLOSE.deviceLimit,
      IDENTITIES_PER_DEVICE,
    );
  }
  // New participant (or an identity we cannot confirm): a fresh one.
  return { verdict: 'join', practice: hello.practice === true };
}
