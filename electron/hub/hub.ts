import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { WebSocket } from 'ws';
import type { StoredAnswer } from '../../shared/activities/kind';
import { openProblem } from '../../shared/activities/openable';
import { newId } from '../../shared/ids';
import {
  PROTOCOL_VERSION,
  PUBLIC_TALLY_KINDS,
  newJoinCode,
  parseClientMessage,
  type Answer,
  type ControlAction,
  type ErrorCode,
  type Hello,
  type HubMessageBody,
  type NetworkInfo,
  type ParticipantCounts,
  type Role,
  type StateBody,
} from '../../shared/protocol';
import {
  JOURNAL_VERSION,
  JournalWriter,
  findUnfinishedSession,
  journalFileName,
  openJournalFile,
  type JournalRecord,
  type OpenJournalFile,
} from './journal';
import { roomMove } from './move';
import type { OriginKind } from './origin';
import { DEFAULT_RATE_LIMIT, RateLimiter, type RateLimitOptions } from './rateLimit';
import { SessionModel, type SessionActivity } from './session';

/** WebSocket close codes the hub uses (4000–4999 are ours to define). */
export const CLOSE = {
  protocolVersion: 4000,
  unauthorized: 4001,
  noSession: 4003,
  helloTimeout: 4004,
  sessionReplaced: 4005,
  tooSlow: 4006,
  rateLimited: 1008,
  goingAway: 1001,
} as const;

export interface HubLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface HubCoreOptions {
  dataDir: string;
  facilitatorToken: string;
  log: HubLog;
  /** Where phones join, for the state message (`http://host:port`). */
  joinBase: () => string;
  network: () => NetworkInfo;
  setHost: (address: string | null) => Promise<unknown>;
  openFile?: OpenJournalFile;
  rateLimit?: RateLimitOptions;
  /** Ping interval; a peer that did not answer the previous ping is dropped. */
  heartbeatMs?: number;
  helloTimeoutMs?: number;
  /** Minimum spacing of state/tally broadcasts to the console and projector. */
  tickMs?: number;
  /** Minimum spacing of public tallies (open text) to the phones. */
  participantTickMs?: number;
}

interface Client {
  id: number;
  ws: WebSocket;
  loopback: boolean;
  origin: OriginKind;
  /** The listener it came in through (0: loopback), so a closing address can send its phones on. */
  listener: number;
  role: Role | null;
  /** A hello is being handled (a join waits for the journal). */
  greeting: boolean;
  participantId: string | null;
  sessionId: string | null;
  seq: number;
  alive: boolean;
  helloTimer: NodeJS.Timeout | null;
}

interface PendingAnswer {
  participantId: string;
  activityId: string;
  clientAnswerId: string;
  answer: StoredAnswer<unknown>;
  /** Resends of the same clientAnswerId while it is being written: acked 'duplicate' after it. */
  duplicates: Client[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest();
const hashSecret = (secret: string) => sha256(secret).toString('hex');
/** One room is up to 1,000 phones; far more joins are someone scripting new identities. */
export const MAX_PARTICIPANTS = 5000;
/** Slow phones hold a buffer; past this they are dropped and catch up with a fresh snapshot on reconnect. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

/** A close frame's reason is at most 123 bytes of UTF-8; the full message went in the error before it. */
export function closeReason(message: string): string {
  let reason = message;
  while (Buffer.byteLength(reason) > 123) reason = reason.slice(0, -1);
  return reason;
}

/** Leading-edge throttle: runs soon after the first request, then at most once per interval. */
class Coalescer {
  private timer: NodeJS.Timeout | null = null;
  private lastRun = 0;
  constructor(
    private readonly intervalMs: number,
    private readonly run: () => void,
  ) {}
  request(): void {
    if (this.timer) return;
    const wait = Math.max(0, this.lastRun + this.intervalMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.lastRun = Date.now();
      this.run();
    }, wait);
  }
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/**
 * The live session hub: keeps the session, speaks the protocol with every client, journals
 * what it accepts before acknowledging it. Knows nothing of HTTP; index.ts hands it sockets.
 */
export class Hub {
  session: SessionModel | null = null;
  private journal: JournalWriter | null = null;
  private readonly clients = new Set<Client>();
  private nextClientId = 1;
  /** participantId → open connections. */
  private readonly connected = new Map<string, number>();
  private readonly pending = new Map<string, PendingAnswer>();
  private readonly limiter: RateLimiter;
  private readonly staffTick: Coalescer;
  private readonly participantTick: Coalescer;
  private stateDirty: 'none' | 'counts' | 'full' = 'none';
  private readonly dirtyTallies = new Set<string>();
  private readonly dirtyPublicTallies = new Set<string>();
  private heartbeat: NodeJS.Timeout | null = null;
  private sessionTimer: NodeJS.Timeout | null = null;
  private starting = false;
  private closing = false;
  private readonly tokenHash: Buffer;

  constructor(private readonly options: HubCoreOptions) {
    this.limiter = new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
    this.staffTick = new Coalescer(options.tickMs ?? 50, () => this.broadcastChanges());
    this.participantTick = new Coalescer(options.participantTickMs ?? 1000, () =>
      this.broadcastPublicTallies(),
    );
    this.tokenHash = sha256(options.facilitatorToken);
  }

  /** Carries on the newest unfinished session from its journal, if there is one. */
  async restore(): Promise<void> {
    const { log, dataDir } = this.options;
    const found = await findUnfinishedSession(dataDir, (m) => log.warn(m));
    if (found) {
      const replayed = SessionModel.replay(found.records);
      if (!replayed.ok) {
        log.warn(`The unfinished session in ${found.path} cannot continue: ${replayed.reason}`);
      } else {
        this.session = replayed.session;
        const file = await (this.options.openFile ?? openJournalFile)(found.path);
        this.journal = new JournalWriter(found.path, file, found.endsTorn);
        log.info(
          `Carrying on session ${this.session.code}: ${this.session.participants.size} participants, ` +
            `${this.session.answerCount()} answers replayed` +
            (found.skipped
              ? ` (${found.skipped} damaged line${found.skipped === 1 ? '' : 's'} skipped)`
              : '') +
            '.',
        );
        this.armTimer();
      }
    }
    const heartbeatMs = this.options.heartbeatMs ?? 15_000;
    this.heartbeat = setInterval(() => this.beat(), heartbeatMs);
    this.heartbeat.unref();
  }

  // ───────────────────────── connections ─────────────────────────

  connect(ws: WebSocket, info: { loopback: boolean; origin: OriginKind; listener?: number }): void {
    const client: Client = {
      id: this.nextClientId++,
      ws,
      loopback: info.loopback,
      origin: info.origin,
      listener: info.listener ?? 0,
      role: null,
      greeting: false,
      participantId: null,
      sessionId: null,
      seq: 0,
      alive: true,
      helloTimer: null,
    };
    this.clients.add(client);
    client.helloTimer = setTimeout(() => {
      if (!client.role) this.fail(client, 'hello-first', 'No hello arrived in time.', CLOSE.helloTimeout);
    }, this.options.helloTimeoutMs ?? 10_000);
    ws.on('pong', () => (client.alive = true));
    ws.on('message', (data, isBinary) => this.receive(client, data, isBinary));
    ws.on('error', (error) => this.options.log.warn(`Connection ${client.id}: ${error.message}`));
    ws.on('close', () => this.disconnected(client));
  }

  private disconnected(client: Client): void {
    if (!this.clients.delete(client)) return;
    if (client.helloTimer) clearTimeout(client.helloTimer);
    this.limiter.forget(`c:${client.id}`);
    const pid = client.participantId;
    if (pid && client.role === 'participant') {
      const left = (this.connected.get(pid) ?? 1) - 1;
      if (left > 0) this.connected.set(pid, left);
      else this.connected.delete(pid);
      this.markState('counts');
    }
  }

  private beat(): void {
    for (const client of this.clients) {
      if (!client.alive) {
        client.ws.terminate();
        continue;
      }
      client.alive = false;
      try {
        client.ws.ping();
      } catch {
        client.ws.terminate();
      }
    }
    this.limiter.sweep(Date.now());
  }

  private send(client: Client, body: HubMessageBody | string): void {
    const ws = client.ws;
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      ws.terminate();
      return;
    }
    const json = typeof body === 'string' ? body : JSON.stringify(body);
    client.seq += 1;
    // The body is serialised once per broadcast; each connection only gets its own seq spliced in.
    ws.send(`{"seq":${client.seq},${json.slice(1)}`);
  }

  private error(client: Client, code: ErrorCode, message: string, fatal = false): void {
    this.send(client, { type: 'error', code, message, ...(fatal ? { fatal } : {}) });
  }

  private fail(client: Client, code: ErrorCode, message: string, closeCode: number): void {
    this.error(client, code, message, true);
    client.ws.close(closeCode, closeReason(message));
  }

  private receive(client: Client, data: unknown, isBinary: boolean): void {
    client.alive = true;
    const key = client.participantId ? `p:${client.participantId}` : `c:${client.id}`;
    const verdict = this.limiter.take(key, Date.now());
    if (verdict === 'cut-off') {
      this.fail(
        client,
        'rate-limited',
        'Too many messages: disconnected. Reload the page to carry on.',
        CLOSE.rateLimited,
      );
      return;
    }
    if (verdict === 'limited') {
      this.error(client, 'rate-limited', 'Too many messages at once; that one was ignored. Slow down.');
      return;
    }
    if (isBinary) {
      this.error(client, 'invalid-message', 'Messages are JSON text, not binary.');
      return;
    }
    const parsed = parseClientMessage(String(data));
    if (!parsed.ok) {
      this.error(client, parsed.error.code, parsed.error.message);
      return;
    }
    const message = parsed.message;
    try {
      if (message.type === 'hello') {
        if (client.role || client.greeting)
          this.error(client, 'invalid-message', 'Hello was already said on this connection.');
        else this.hello(client, message);
        return;
      }
      if (!client.role) {
        this.error(client, 'hello-first', 'Say hello first: the hub does not know who you are yet.');
        return;
      }
      switch (message.type) {
        case 'answer':
          this.answer(client, message);
          return;
        case 'control':
          this.control(client, message.control).catch((cause: unknown) => {
            this.options.log.error(`Control ${message.control.action} failed: ${String(cause)}`);
            this.error(client, 'server-error', 'Something went wrong on the hub; try again.');
          });
          return;
        case 'resync':
          this.sendSnapshot(client, false);
          return;
        case 'ping':
          this.send(client, { type: 'pong', now: Date.now() });
          return;
      }
    } catch (cause) {
      this.options.log.error(`Handling ${message.type} failed: ${String(cause)}`);
      this.error(client, 'server-error', 'Something went wrong on the hub; try again.');
    }
  }

  // ───────────────────────── hello ─────────────────────────

  private tokenMatches(token: string | undefined): boolean {
    return token !== undefined && timingSafeEqual(sha256(token), this.tokenHash);
  }

  private hello(client: Client, hello: Hello): void {
    if (hello.protocol !== PROTOCOL_VERSION) {
      this.fail(
        client,
        'protocol-version',
        `This page speaks another version of Outside-In (protocol ${hello.protocol}, the hub speaks ${PROTOCOL_VERSION}). Reload the page.`,
        CLOSE.protocolVersion,
      );
      return;
    }
    if (client.origin === 'file' && !this.tokenMatches(hello.token)) {
      this.fail(
        client,
        'unauthorized',
        'A page loaded from disk must present the facilitator key.',
        CLOSE.unauthorized,
      );
      return;
    }
    // The practice room runs in the facilitator's console: never from another machine, never without the key.
    if (
      hello.practice &&
      (hello.role !== 'participant' || !client.loopback || !this.tokenMatches(hello.token))
    ) {
      this.fail(
        client,
        'unauthorized',
        'Practice participants join only from the facilitator’s console, on the computer running the session.',
        CLOSE.unauthorized,
      );
      return;
    }
    const session = this.session;
    if (hello.role === 'facilitator') {
      if (!this.tokenMatches(hello.token)) {
        this.fail(
          client,
          'unauthorized',
          'The facilitator key is missing or wrong. Open the console from Outside-In (or the link it printed when it started).',
          CLOSE.unauthorized,
        );
        return;
      }
      this.welcome(client, 'facilitator', {});
      return;
    }
    if (hello.role === 'screen') {
      // On the hub's own machine the projector may watch without a code (it shows the code).
      const codeOk = session && !session.ended && hello.code === session.code;
      if (!client.loopback && !codeOk && !this.tokenMatches(hello.token)) {
        this.fail(client, 'unknown-code', this.noSessionMessage(hello.code), CLOSE.noSession);
        return;
      }
      this.welcome(client, 'screen', {});
      return;
    }
    // Participant.
    if (!session || hello.code !== session.code) {
      this.fail(client, 'unknown-code', this.noSessionMessage(hello.code), CLOSE.noSession);
      return;
    }
    if (session.ended) {
      this.fail(
        client,
        'session-ended',
        'This session has ended. Thank you for taking part!',
        CLOSE.noSession,
      );
      return;
    }
    const known = hello.participantId ? session.participants.get(hello.participantId) : undefined;
    if (known && hello.secret && timingSafeEqual(Buffer.from(hashSecret(hello.secret)), Buffer.from(known))) {
      this.welcome(client, 'participant', {
        participantId: hello.participantId!,
        secret: hello.secret,
        resumed: true,
      });
      return;
    }
    if (session.participants.size >= MAX_PARTICIPANTS) {
      this.fail(
        client,
        'session-full',
        `This session is full (${MAX_PARTICIPANTS} participants).`,
        CLOSE.noSession,
      );
      return;
    }
    // New participant (or an identity we cannot confirm): a fresh one, on disk before it is handed out.
    const participantId = newId();
    const secret = randomBytes(18).toString('base64url');
    const join: JournalRecord = {
      t: 'join',
      at: Date.now(),
      participantId,
      secretHash: hashSecret(secret),
      ...(hello.practice ? { practice: true as const } : {}),
    };
    client.greeting = true;
    this.journal!.append(join, (error) => {
      client.greeting = false;
      if (error) {
        this.options.log.error(`Could not save a new participant: ${error.message}`);
        this.fail(
          client,
          'server-error',
          'The laptop could not save your place (disk problem). Try again in a moment.',
          1011,
        );
        return;
      }
      if (this.session !== session || session.ended) {
        this.fail(
          client,
          'session-ended',
          'This session has ended. Thank you for taking part!',
          CLOSE.noSession,
        );
        return;
      }
      session.apply(join);
      this.welcome(client, 'participant', { participantId, secret, resumed: false });
    });
  }

  private noSessionMessage(code: string | undefined): string {
    return code
      ? `No session with code ${code} is running here. Check the code on the projector.`
      : 'Type the join code shown on the projector.';
  }

  private welcome(
    client: Client,
    role: Role,
    you: { participantId?: string; secret?: string; resumed?: boolean },
  ): void {
    if (client.ws.readyState !== client.ws.OPEN) return;
    if (client.helloTimer) clearTimeout(client.helloTimer);
    client.helloTimer = null;
    client.role = role;
    client.sessionId = this.session?.id ?? null;
    if (role === 'participant' && you.participantId) {
      client.participantId = you.participantId;
      this.connected.set(you.participantId, (this.connected.get(you.participantId) ?? 0) + 1);
      this.markState('counts');
    }
    this.send(client, {
      type: 'welcome',
      protocol: PROTOCOL_VERSION,
      you: { role, ...you },
      snapshot: this.stateBody(role),
    });
    this.sendSnapshot(client, true);
  }

  /** What a client needs beyond the state to show the session as it is (after welcome or on resync). */
  private sendSnapshot(client: Client, afterWelcome: boolean): void {
    if (!afterWelcome) this.send(client, { type: 'state', ...this.stateBody(client.role!) });
    const session = this.session;
    if (!session) return;
    const current = session.current;
    if (client.role === 'facilitator') {
      for (const activity of session.activities) {
        if (activity.phase === 'closed' && activity.closedAt !== null) {
          this.send(client, { type: 'closed-results', result: this.closedResult(session, activity) });
        }
      }
      this.send(client, this.tallyMessage(session, current));
    } else if (client.role === 'screen') {
      this.send(client, this.screenTally(session, this.tallyMessage(session, current)));
    } else if (client.role === 'participant') {
      this.sendYourAnswers(client, session, current);
      if (PUBLIC_TALLY_KINDS.has(current.spec.kind)) this.send(client, this.tallyMessage(session, current));
    }
  }

  private sendYourAnswers(client: Client, session: SessionModel, activity: SessionActivity): void {
    const answers = session
      .answersOf(client.participantId!, activity.spec.id)
      .map(({ itemId, value, clientAnswerId }) => ({ itemId, value, clientAnswerId }));
    this.send(client, { type: 'your-answers', activityId: activity.spec.id, answers });
  }

  // ───────────────────────── answers ─────────────────────────

  private ack(
    client: Client,
    answer: Pick<Answer, 'clientAnswerId' | 'activityId' | 'itemId'>,
    status: 'recorded' | 'replaced' | 'duplicate' | 'rejected',
    reason?: string,
  ): void {
    const { clientAnswerId, activityId, itemId } = answer;
    this.send(client, {
      type: 'ack',
      clientAnswerId,
      activityId,
      itemId,
      status,
      ...(reason ? { reason } : {}),
    });
  }

  private answer(client: Client, message: Answer): void {
    if (client.role !== 'participant') {
      this.error(
        client,
        'not-allowed',
        'Only participants answer; this connection is the ' + client.role + '.',
      );
      return;
    }
    const session = this.session;
    const participantId = client.participantId!;
    if (!session || session.id !== client.sessionId) {
      this.ack(client, message, 'rejected', 'This session is over.');
      return;
    }
    if (session.hasAnswerId(participantId, message.clientAnswerId)) {
      this.ack(client, message, 'duplicate');
      return;
    }
    const pendingKey = `${participantId}\u0000${message.clientAnswerId}`;
    const inFlight = this.pending.get(pendingKey);
    if (inFlight) {
      inFlight.duplicates.push(client);
      return;
    }
    if (session.ended) {
      this.ack(client, message, 'rejected', 'This session has ended.');
      return;
    }
    const activity = session.activity(message.activityId);
    if (!activity) {
      this.ack(
        client,
        message,
        'rejected',
        'This activity is not part of the session any more. Reload the page.',
      );
      return;
    }
    if (activity !== session.current || activity.phase !== 'open') {
      const reason =
        activity === session.current && activity.phase === 'waiting'
          ? 'This activity has not opened yet.'
          : 'Answers for this activity are closed.';
      this.ack(client, message, 'rejected', reason);
      return;
    }
    const stillPending = [...this.pending.values()]
      .filter((p) => p.participantId === participantId && p.activityId === activity.spec.id)
      .map((p) => p.answer);
    const checked = session.check(activity, participantId, message.itemId, message.value, stillPending);
    if (!checked.ok) {
      this.ack(client, message, 'rejected', checked.reason);
      return;
    }
    const record: Extract<JournalRecord, { t: 'answer' }> = {
      t: 'answer',
      at: Date.now(),
      participantId,
      activityId: activity.spec.id,
      itemId: message.itemId,
      clientAnswerId: message.clientAnswerId,
      value: checked.value,
    };
    const entry: PendingAnswer = {
      participantId,
      activityId: activity.spec.id,
      clientAnswerId: message.clientAnswerId,
      answer: { participantId, itemId: message.itemId, value: checked.value, at: record.at },
      duplicates: [],
    };
    this.pending.set(pendingKey, entry);
    const journal = this.journal!;
    journal.append(record, (error) => {
      this.pending.delete(pendingKey);
      if (error) {
        this.options.log.error(`Could not save an answer: ${error.message}`);
        const reason = 'The laptop could not save your answer (disk problem). Try again in a moment.';
        for (const c of [client, ...entry.duplicates]) this.ack(c, message, 'rejected', reason);
        this.facilitatorsError(
          'server-error',
          `Answers cannot be saved: ${error.message}. Check the laptop's disk space.`,
        );
        return;
      }
      // The session may have moved on meanwhile: the answer was accepted while open, so it counts.
      const status = session.apply(record)!;
      this.ack(client, message, status);
      for (const c of entry.duplicates) this.ack(c, message, 'duplicate');
      if (this.session === session) this.markTally(activity);
    });
  }

  // ───────────────────────── control ─────────────────────────

  private async control(client: Client, control: ControlAction): Promise<void> {
    if (client.role !== 'facilitator') {
      this.error(client, 'not-allowed', "Only the facilitator's console can change the session.");
      return;
    }
    if (control.action === 'start-session') {
      await this.startSession(client, control);
      return;
    }
    if (control.action === 'set-host') {
      try {
        await this.options.setHost(control.address);
      } catch (cause) {
        this.error(client, 'bad-control', cause instanceof Error ? cause.message : String(cause));
      }
      return;
    }
    const session = this.session;
    if (!session || session.ended) {
      this.error(client, 'no-session', 'No session is running. Start one first.');
      return;
    }
    const current = session.current;
    let moved = false;
    switch (control.action) {
      case 'open': {
        if (current.phase === 'open') break;
        // Phones would get an empty question (a sort whose cards are still being approved).
        const problem = openProblem(current.kind, current.config);
        if (problem) {
          this.error(client, 'bad-control', problem);
          return;
        }
        this.record({ t: 'phase', at: Date.now(), activityId: current.spec.id, phase: 'open' });
        break;
      }
      case 'close':
        this.closeCurrent();
        break;
      case 'reveal':
      case 'hide': {
        const revealed = control.action === 'reveal';
        if (session.revealed !== revealed) this.record({ t: 'reveal', at: Date.now(), revealed });
        if (revealed) this.markTally(current);
        break;
      }
      case 'goto':
      case 'next':
      case 'previous': {
        const last = session.activities.length - 1;
        const target =
          control.action === 'goto'
            ? control.index
            : control.action === 'next'
              ? session.index + 1
              : session.index - 1;
        if (target < 0 || target > last) {
          const why =
            control.action === 'next'
              ? 'This is the last activity.'
              : control.action === 'previous'
                ? 'This is the first activity.'
                : `There is no activity ${target + 1}; the agenda has ${last + 1}.`;
          this.error(client, 'bad-control', why);
          return;
        }
        if (target === session.index) break;
        if (current.phase === 'open') this.closeCurrent();
        this.record({ t: 'goto', at: Date.now(), index: target });
        this.clearTimer();
        moved = true;
        this.markTally(session.current);
        break;
      }
      case 'timer': {
        // A countdown on an activity that cannot open would close it with nothing in it.
        const problem = control.seconds === null ? null : openProblem(current.kind, current.config);
        if (problem) {
          this.error(client, 'bad-control', problem);
          return;
        }
        if (control.seconds === null) {
          this.record({ t: 'timer', at: Date.now(), endsAt: null, seconds: null });
        } else {
          this.record({
            t: 'timer',
            at: Date.now(),
            endsAt: Date.now() + control.seconds * 1000,
            seconds: control.seconds,
          });
        }
        this.armTimer();
        break;
      }
      case 'update-activity': {
        const problem = session.updateProblem(control.activityId, control.config);
        if (problem) {
          this.error(client, 'bad-control', problem);
          return;
        }
        this.record({ t: 'config', at: Date.now(), activityId: control.activityId, config: control.config });
        // The console's live result shows the new items (no votes yet) at once.
        this.markTally(session.activity(control.activityId)!);
        break;
      }
      case 'end-session': {
        if (current.phase === 'open') this.closeCurrent();
        this.clearTimer();
        const journal = this.journal;
        this.record({ t: 'end', at: Date.now() }, () => void journal?.close());
        this.journal = null;
        break;
      }
    }
    // Controls are rare: everyone gets the new state now, before anything that depends on it.
    this.markState('full');
    this.broadcastChanges();
    if (moved) {
      for (const c of this.clients) {
        if (c.role === 'participant' && c.sessionId === session.id)
          this.sendYourAnswers(c, session, session.current);
      }
    }
  }

  /** Applies a session change now and journals it; `flushed` runs once it is on disk. */
  private record(record: JournalRecord, flushed?: () => void): void {
    const session = this.session!;
    session.apply(record);
    this.journal?.append(record, (error) => {
      if (error) {
        this.options.log.error(`Could not save the session journal: ${error.message}`);
        this.facilitatorsError('server-error', `The session journal could not be saved: ${error.message}.`);
      }
      flushed?.();
    });
  }

  private closeCurrent(): void {
    const session = this.session!;
    const activity = session.current;
    this.clearTimer();
    // Results go out once the close is on disk: every answer accepted before it is in them.
    this.record({ t: 'phase', at: Date.now(), activityId: activity.spec.id, phase: 'closed' }, () => {
      if (this.session !== session || activity.closedAt === null) return;
      const result = this.closedResult(session, activity);
      for (const c of this.clients)
        if (c.role === 'facilitator') this.send(c, { type: 'closed-results', result });
    });
  }

  private clearTimer(): void {
    if (this.sessionTimer) clearTimeout(this.sessionTimer);
    this.sessionTimer = null;
  }

  /** Closes the current activity when its countdown ends (also after a restart). */
  private armTimer(): void {
    this.clearTimer();
    const session = this.session;
    if (!session?.timer || session.ended) return;
    const { endsAt } = session.timer;
    this.sessionTimer = setTimeout(
      () => {
        this.sessionTimer = null;
        if (this.session !== session || session.timer?.endsAt !== endsAt) return;
        if (session.current.phase === 'open') this.closeCurrent();
        else this.record({ t: 'timer', at: Date.now(), endsAt: null, seconds: null });
        this.markState('full');
      },
      Math.max(0, endsAt - Date.now()),
    );
  }

  private async startSession(client: Client, control: Extract<ControlAction, { action: 'start-session' }>) {
    if (this.starting) {
      this.error(client, 'session-live', 'A session is being started already.');
      return;
    }
    if (this.session && !this.session.ended) {
      this.error(
        client,
        'session-live',
        `A session is already running (code ${this.session.code}). End it before starting another.`,
      );
      return;
    }
    const now = Date.now();
    const sessionId = newId();
    const start: Extract<JournalRecord, { t: 'start' }> = {
      t: 'start',
      v: JOURNAL_VERSION,
      at: now,
      sessionId,
      code: newJoinCode(),
      workshopId: control.workshopId,
      workshopName: control.workshopName,
      activities: control.activities,
    };
    const created = SessionModel.create(start);
    if (!created.ok) {
      this.error(client, 'bad-control', created.reason);
      return;
    }
    this.starting = true;
    try {
      const journal = await JournalWriter.create(
        this.options.dataDir,
        journalFileName(now, sessionId),
        this.options.openFile ?? openJournalFile,
      );
      const error = await new Promise<Error | null>((resolve) => journal.append(start, resolve));
      if (error) {
        await journal.close().catch(() => undefined);
        throw error;
      }
      this.clearTimer();
      this.session = created.session;
      this.journal = journal;
    } catch (cause) {
      this.options.log.error(`Could not start a session journal: ${String(cause)}`);
      this.error(
        client,
        'server-error',
        `The session could not start: its journal cannot be saved (${String(cause)}).`,
      );
      return;
    } finally {
      this.starting = false;
    }
    this.options.log.info(`Session ${start.code} started: ${control.activities.length} activities.`);
    // People from the previous session must join the new one with its code.
    for (const c of this.clients) {
      if (c.role === 'participant' || (c.role === 'screen' && !c.loopback)) {
        this.fail(
          c,
          'session-ended',
          'That session has ended; a new one started. Join it with the new code.',
          CLOSE.sessionReplaced,
        );
      } else if (c.role) {
        c.sessionId = sessionId;
      }
    }
    this.markState('full');
  }

  private facilitatorsError(code: ErrorCode, message: string): void {
    for (const c of this.clients) if (c.role === 'facilitator') this.error(c, code, message);
  }

  // ───────────────────────── broadcasts ─────────────────────────

  private participantCounts(): ParticipantCounts {
    const counts = { joined: this.session?.participants.size ?? 0, connected: this.connected.size };
    const practiceIds = this.session?.practice;
    if (!practiceIds?.size) return counts;
    let practice = 0;
    for (const id of this.connected.keys()) if (practiceIds.has(id)) practice++;
    return practice ? { ...counts, practice } : counts;
  }

  stateBody(role: Role): StateBody {
    const session = this.session;
    const body: StateBody = { session: null, now: Date.now() };
    if (session) {
      body.session = {
        id: session.id,
        status: session.ended ? 'ended' : 'live',
        code: session.code,
        joinUrl: `${this.options.joinBase()}/j/${session.code}`,
        workshopId: session.workshopId,
        workshopName: session.workshopName,
        activities: session.summaries(),
        index: session.index,
        current: session.current.spec,
        phase: session.current.phase,
        revealed: session.revealed,
        timer: session.timer,
        participants: this.participantCounts(),
      };
    }
    if (role === 'facilitator') body.network = this.options.network();
    return body;
  }

  private tallyMessage(session: SessionModel, activity: SessionActivity): HubMessageBody {
    const tally = session.tally(activity);
    const counts = this.participantCounts();
    return {
      type: 'tally',
      activityId: activity.spec.id,
      kind: tally.kind,
      result: tally.result,
      answered: tally.answered,
      ...(tally.practice ? { practice: tally.practice } : {}),
      participants: counts.connected,
      joined: counts.joined,
    };
  }

  /** The projector shows "N of M answered" all along, the result itself only once revealed. */
  private screenTally(session: SessionModel, tally: HubMessageBody): HubMessageBody {
    return session.revealed || tally.type !== 'tally' ? tally : { ...tally, result: null };
  }

  private closedResult(session: SessionModel, activity: SessionActivity) {
    const tally = session.tally(activity);
    return {
      activityId: activity.spec.id,
      kind: activity.spec.kind,
      closedAt: activity.closedAt ?? Date.now(),
      participants: session.participants.size,
      answered: tally.answered,
      ...(tally.practice ? { practice: tally.practice } : {}),
      tally: tally.result,
    };
  }

  /** A change to the session (full: everyone) or only to the participant counts (console + projector). */
  markState(kind: 'counts' | 'full'): void {
    if (kind === 'full' || this.stateDirty === 'none') this.stateDirty = kind;
    // Counts change "answered of participants" on the console too.
    if (this.session) this.dirtyTallies.add(this.session.current.spec.id);
    this.staffTick.request();
  }

  private markTally(activity: SessionActivity): void {
    this.dirtyTallies.add(activity.spec.id);
    this.staffTick.request();
    if (PUBLIC_TALLY_KINDS.has(activity.spec.kind)) {
      this.dirtyPublicTallies.add(activity.spec.id);
      this.participantTick.request();
    }
  }

  private broadcastChanges(): void {
    const session = this.session;
    if (this.stateDirty !== 'none') {
      const full = this.stateDirty === 'full';
      this.stateDirty = 'none';
      const facilitatorState = JSON.stringify({ type: 'state', ...this.stateBody('facilitator') });
      const publicState = JSON.stringify({ type: 'state', ...this.stateBody('screen') });
      for (const c of this.clients) {
        if (c.role === 'facilitator') this.send(c, facilitatorState);
        else if (c.role === 'screen' || (full && c.role === 'participant')) this.send(c, publicState);
      }
    }
    if (!session) {
      this.dirtyTallies.clear();
      return;
    }
    for (const activityId of this.dirtyTallies) {
      const activity = session.activity(activityId);
      if (!activity) continue;
      const tally = this.tallyMessage(session, activity);
      const message = JSON.stringify(tally);
      const forScreens =
        activity !== session.current
          ? null
          : session.revealed
            ? message
            : JSON.stringify(this.screenTally(session, tally));
      for (const c of this.clients) {
        if (c.role === 'facilitator') this.send(c, message);
        else if (forScreens && c.role === 'screen') this.send(c, forScreens);
      }
    }
    this.dirtyTallies.clear();
  }

  private broadcastPublicTallies(): void {
    const session = this.session;
    if (!session) return;
    for (const activityId of this.dirtyPublicTallies) {
      const activity = session.activity(activityId);
      if (!activity || activity !== session.current) continue;
      const message = JSON.stringify(this.tallyMessage(session, activity));
      for (const c of this.clients)
        if (c.role === 'participant' && c.sessionId === session.id) this.send(c, message);
    }
    this.dirtyPublicTallies.clear();
  }

  /** The join base changed: the console and projector show the new QR code. */
  networkChanged(): void {
    this.markState('full');
  }

  /**
   * The phones' listener `listener` is about to close: its participants are told where the room
   * went (`joinBase`; null: nowhere they can follow). Resolves with how many were told, once they
   * have all gone or after `graceMs`, whichever comes first.
   */
  async moveParticipants(listener: number, joinBase: string | null, graceMs: number): Promise<number> {
    const move = roomMove(this.clients, listener, this.session, joinBase);
    if (!move || move.told.length === 0) return 0;
    const gone = move.told.map(
      (c) =>
        new Promise<void>((resolve) => {
          if (c.ws.readyState === c.ws.CLOSED) return resolve();
          c.ws.once('close', () => resolve());
        }),
    );
    for (const c of move.told) this.send(c, { type: 'moved', joinUrl: move.joinUrl });
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(gone),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
    ]);
    clearTimeout(timer);
    return move.told.length;
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.clearTimer();
    this.staffTick.cancel();
    this.participantTick.cancel();
    for (const c of this.clients) c.ws.close(CLOSE.goingAway, 'The hub is shutting down.');
    await this.journal?.close().catch(() => undefined);
  }
}
