import { randomBytes } from 'node:crypto';
import { newId } from '../../shared/ids';
import type { Hello, Role } from '../../shared/protocol';
import { SESSION_ENDED, admit, hashSecret, type Welcome } from './admission';
import { CLOSE, type Client, type Connections } from './connections';
import type { Doorkeeper } from './doorkeeper';
import type { JournalRecord, JournalWriter } from './journal';
import type { HubLog } from './log';
import type { SessionModel } from './session';

/** What saying hello needs of the hub. */
export interface Door {
  session(): SessionModel | null;
  journal(): JournalWriter | null;
  readonly connections: Connections;
  readonly doorkeeper: Doorkeeper;
  /** sha256 of the facilitator's key. */
  readonly facilitatorKey: Buffer;
  readonly log: HubLog;
  welcome(client: Client, role: Role, you: Welcome): void;
}

/**
 * One hello: a device guessing codes waits, admission decides, a new participant is on disk
 * before their identity is handed out.
 */
export function greet(door: Door, client: Client, hello: Hello): void {
  const session = door.session();
  const now = Date.now();
  const device = client.limited && hello.role !== 'facilitator' ? client.address : null;
  const wait = device === null ? 0 : door.doorkeeper.waitMs(device, now);
  if (wait > 0) {
    const seconds = Math.ceil(wait / 1000);
    door.connections.fail(
      client,
      'rate-limited',
      `Too many wrong codes from this device. Wait ${seconds} second${seconds === 1 ? '' : 's'}, then check the code on the projector.`,
      CLOSE.codeGuessing,
      { retryAfterMs: wait },
    );
    return;
  }
  const verdict = admit(hello, client, session, door.facilitatorKey);
  if (device !== null) door.doorkeeper.noted(device, verdict, now);
  if (verdict.verdict === 'refuse') {
    const { code, message, close, limit } = verdict;
    door.connections.fail(client, code, message, close, limit === undefined ? undefined : { limit });
    return;
  }
  if (verdict.verdict === 'welcome') {
    door.welcome(client, verdict.role, verdict.you);
    return;
  }
  // A new participant: on disk before the identity is handed out.
  const participantId = newId();
  const secret = randomBytes(18).toString('base64url');
  const join: JournalRecord = {
    t: 'join',
    at: Date.now(),
    participantId,
    secretHash: hashSecret(secret),
    ...(verdict.practice ? { practice: true as const } : {}),
    ...(client.address ? { address: client.address } : {}),
  };
  client.greeting = true;
  door.journal()!.append(join, (error) => {
    client.greeting = false;
    if (error) {
      door.log.error(`Could not save a new participant: ${error.message}`);
      door.connections.fail(
        client,
        'server-error',
        'The laptop could not save your place (disk problem). Try again in a moment.',
        CLOSE.serverError,
      );
      return;
    }
    if (door.session() !== session || !session || session.ended) {
      door.connections.fail(client, 'session-ended', SESSION_ENDED, CLOSE.noSession);
      return;
    }
    session.apply(join);
    door.welcome(client, 'participant', { participantId, secret, resumed: false });
  });
}
