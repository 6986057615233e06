import type { WebSocket } from 'ws';
import {
  MAX_FRAME_BYTES,
  PROTOCOL_VERSION,
  englishRefusal,
  parseClientMessage,
  type ErrorCode,
  type Hello,
  type Refusal,
  type Role,
  type StateBody,
} from '../../shared/protocol';
import { REMOVED_MESSAGE, sha256, type Welcome } from './admission';
import { Answers } from './answers';
import { Broadcaster } from './broadcast';
import { CLOSE, Connections, type Client, type ConnectInfo } from './connections';
import { runControl, type ControlRoom } from './controls';
import { Doorkeeper } from './doorkeeper';
import { frameBytes, droppedAnswerId } from './frames';
import { greet, type Door } from './greeting';
import { JournalWriter, findUnfinishedSession, openJournalFile, type JournalRecord } from './journal';
import { hubStats, type HubCoreOptions, type HubStats } from './options';
import { sendRoomOn } from './move';
import { DEFAULT_RATE_LIMIT, RateLimiter } from './rateLimit';
import { buildRoster } from './roster';
import { SessionModel, type SessionActivity } from './session';
import { startSession, type StartControl } from './sessionStart';
import { Countdown } from './timers';
import { closeRecord } from './lateAnswers';

export { CLOSE, closeReason } from './connections';
export { MAX_PARTICIPANTS } from './admission';
export type { HubLog } from './log';
export type { HubCoreOptions, HubStats } from './options';

/**
 * The live session hub: keeps the session, speaks the protocol with every client, journals
 * what it accepts before acknowledging it. Knows nothing of HTTP; index.ts hands it sockets.
 * Its seams: connections, admission, answers, controls, broadcast (with visibility), timers, moves.
 */
export class Hub implements ControlRoom {
  session: SessionModel | null = null;
  private journal: JournalWriter | null = null;
  private readonly connections: Connections;
  private readonly broadcast: Broadcaster;
  private readonly answers: Answers;
  private readonly limiter: RateLimiter;
  private readonly countdown = new Countdown();
  readonly doorkeeper = new Doorkeeper();
  private readonly door: Door;
  private heartbeat: NodeJS.Timeout | null = null;
  private starting = false;
  private closing = false;
  private readonly facilitatorKey: Buffer;
  /** Controls applied to the session whose journal records are not on disk yet. */
  private unsavedControls = 0;

  constructor(private readonly options: HubCoreOptions) {
    this.limiter = new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
    this.facilitatorKey = sha256(options.facilitatorToken);
    this.connections = new Connections({
      log: options.log,
      helloTimeoutMs: options.helloTimeoutMs ?? 10_000,
      message: (client, data, isBinary) => this.receive(client, data, isBinary),
      gone: (client) => {
        this.limiter.forget(`c:${client.id}`);
        if (client.participantId && client.role === 'participant') this.broadcast.markState('counts');
      },
    });
    this.broadcast = new Broadcaster(this.connections, () => this.session, options, {
      tickMs: options.tickMs ?? 50,
      participantTickMs: options.participantTickMs ?? 1000,
      held: () => this.unsavedControls > 0,
    });
    this.door = {
      session: () => this.session,
      journal: () => this.journal,
      connections: this.connections,
      doorkeeper: this.doorkeeper,
      facilitatorKey: this.facilitatorKey,
      log: options.log,
      welcome: (client, role, you) => this.welcome(client, role, you),
    };
    this.answers = new Answers({
      connections: this.connections,
      broadcast: this.broadcast,
      log: options.log,
      session: () => this.session,
      journal: () => this.journal,
    });
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
        this.armCountdown();
      }
    }
    const heartbeatMs = this.options.heartbeatMs ?? 15_000;
    this.heartbeat = setInterval(() => {
      this.connections.beat();
      this.limiter.sweep(Date.now());
      this.doorkeeper.sweep(Date.now());
    }, heartbeatMs);
    this.heartbeat.unref();
  }

  connect(ws: WebSocket, info: ConnectInfo): void {
    this.connections.add(ws, info);
  }

  stats(): HubStats {
    return hubStats(this.session, this.connections, this.answers.inFlight, this.journal);
  }

  /** Starts a new measuring period for `slowestFlushMs`. */
  resetStats(): void {
    if (this.journal) this.journal.slowestFlushMs = 0;
  }

  private receive(client: Client, data: unknown, isBinary: boolean): void {
    const { connections } = this;
    client.alive = true;
    const key = client.participantId ? `p:${client.participantId}` : `c:${client.id}`;
    const verdict = this.limiter.take(key, Date.now());
    if (verdict === 'cut-off') {
      connections.fail(
        client,
        'rate-limited',
        'Too many messages: disconnected. Reload the page to carry on.',
        CLOSE.rateLimited,
      );
      return;
    }
    if (verdict === 'limited') {
      const retryAfterMs = Math.max(this.limiter.retryAfterMs(key, Date.now()), 50);
      const clientAnswerId = droppedAnswerId(data, isBinary);
      connections.error(
        client,
        'rate-limited',
        'Too many messages at once; that one was ignored. Slow down.',
        false,
        clientAnswerId ? { retryAfterMs, clientAnswerId } : { retryAfterMs },
      );
      return;
    }
    if (isBinary) {
      this.error(client, 'invalid-message', 'Messages are JSON text, not binary.');
      return;
    }
    if (client.role !== 'facilitator' && frameBytes(data) > MAX_FRAME_BYTES) {
      connections.fail(client, 'invalid-message', 'That message is too big for the hub.', CLOSE.tooBig);
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
          this.answers.receive(client, message);
          return;
        case 'control':
          void Promise.resolve(runControl(this, client, message.control)).catch((cause: unknown) => {
            this.options.log.error(`Control ${message.control.action} failed: ${String(cause)}`);
            this.error(client, 'server-error', 'Something went wrong on the hub; try again.');
          });
          return;
        case 'resync':
          this.broadcast.resync(client);
          return;
        case 'page':
          this.broadcast.page(client, message);
          return;
        case 'ping':
          connections.send(client, { type: 'pong', now: Date.now() });
          return;
      }
    } catch (cause) {
      this.options.log.error(`Handling ${message.type} failed: ${String(cause)}`);
      this.error(client, 'server-error', 'Something went wrong on the hub; try again.');
    }
  }

  // ───────────────────────── admission ─────────────────────────

  private hello(client: Client, hello: Hello): void {
    if (hello.page && hello.role === 'participant') this.broadcast.resumePage(client, hello.page);
    greet(this.door, client, hello);
  }

  private welcome(client: Client, role: Role, you: Welcome): void {
    if (client.ws.readyState !== client.ws.OPEN) return;
    this.connections.admitted(client, role, this.session?.id ?? null, you.participantId);
    if (client.participantId) this.broadcast.markState('counts');
    this.connections.send(client, {
      type: 'welcome',
      protocol: PROTOCOL_VERSION,
      you: { role, ...you },
      snapshot: this.stateBody(role),
    });
    this.broadcast.snapshot(client, true);
  }

  stateBody(role: Role): StateBody {
    return this.broadcast.stateBody(role);
  }

  // ───────────────────────── the control room ─────────────────────────

  error: ControlRoom['error'] = (client, code, message, refusal) =>
    this.connections.error(client, code, message, false, refusal ? { refusal } : undefined);

  private refuse(client: Client, code: ErrorCode, refusal: Refusal): void {
    this.error(client, code, englishRefusal(refusal), refusal);
  }

  record(record: JournalRecord, flushed?: () => void): void {
    const session = this.session!;
    session.apply(record);
    if (!this.journal) {
      flushed?.();
      return;
    }
    this.unsavedControls += 1;
    this.journal.append(record, (error) => {
      this.unsavedControls -= 1;
      if (error) {
        this.options.log.error(`Could not save the session journal: ${error.message}`);
        this.broadcast.facilitatorsError('server-error', {
          code: 'journal-unsaved',
          args: { detail: error.message },
        });
      }
      flushed?.();
      this.broadcast.release();
    });
  }

  closeCurrent(): void {
    const session = this.session!;
    const activity = session.current;
    this.clearCountdown();
    // Results go out once the close is on disk: every answer accepted before it is in them.
    const close = closeRecord(session, this.connections.connected, Date.now());
    this.record(close, () => {
      if (this.session !== session || activity.closedAt === null) return;
      this.broadcast.closedResults(session, activity);
    });
  }

  clearCountdown(): void {
    this.countdown.clear();
  }

  /** Closes the current activity when its countdown ends (also after a restart). */
  armCountdown(): void {
    this.countdown.clear();
    const session = this.session;
    if (!session?.timer || session.ended) return;
    const { endsAt } = session.timer;
    this.countdown.arm(endsAt, () => {
      if (this.session !== session || session.timer?.endsAt !== endsAt) return;
      if (session.current.phase === 'open') this.closeCurrent();
      else this.record({ t: 'timer', at: Date.now(), endsAt: null, seconds: null });
      this.broadcast.markState('full');
    });
  }

  markTally: ControlRoom['markTally'] = (activity) => this.broadcast.markTally(activity);

  endSession(): void {
    const journal = this.journal;
    this.record({ t: 'end', at: Date.now() }, () => void journal?.close());
    this.journal = null;
  }

  changed(session: SessionModel, moved: boolean): void {
    // Controls are rare: everyone gets the new state now, before anything that depends on it.
    this.broadcast.markState('full');
    this.broadcast.flush(true);
    if (!moved) return;
    // After the state: each phone's answers to the new activity, once the move is saved.
    const journal = this.journal;
    if (!journal) this.broadcast.yourAnswersEverywhere(session);
    else
      void journal.drain().then(() => {
        if (this.session === session) this.broadcast.yourAnswersEverywhere(session);
      });
  }

  setHost(address: string | null): Promise<unknown> {
    return this.options.setHost(address);
  }

  async startSession(client: Client, control: StartControl): Promise<void> {
    if (this.starting) {
      this.refuse(client, 'session-live', { code: 'session-starting' });
      return;
    }
    if (this.session && !this.session.ended) {
      this.refuse(client, 'session-live', { code: 'session-running', args: { code: this.session.code } });
      return;
    }
    this.starting = true;
    const started = await startSession(
      control,
      this.options.dataDir,
      this.options.openFile ?? openJournalFile,
    ).finally(() => (this.starting = false));
    if (!started.ok) {
      if (started.code === 'server-error') this.options.log.error(started.reason);
      this.error(client, started.code, started.reason, started.refusal);
      return;
    }
    this.clearCountdown();
    this.session = started.session;
    this.journal = started.journal;
    const { code, sessionId } = started.start;
    this.options.log.info(`Session ${code} started: ${control.activities.length} activities.`);
    this.connections.newSession(sessionId);
    this.broadcast.markState('full');
  }

  sendRoster(client: Client): void {
    const roster = buildRoster(this.session, this.connections.connected, this.doorkeeper, Date.now());
    this.connections.send(client, roster);
  }

  removed(session: SessionModel, participantId: string, touched: SessionActivity[]): void {
    for (const c of this.connections.clients)
      if (c.participantId === participantId)
        this.connections.fail(c, 'removed', REMOVED_MESSAGE, CLOSE.removed);
    if (this.session !== session) return;
    for (const activity of touched)
      if (activity.phase === 'closed') this.broadcast.closedResults(session, activity);
  }

  // ───────────────────────── network ─────────────────────────

  /** The join base changed: the console and projector show the new QR code. */
  networkChanged(): void {
    this.broadcast.markState('full');
  }

  /**
   * The phones' listener `listener` is about to close: its participants are told where the room
   * went (`joinBase`; null: nowhere they can follow). Resolves with how many were told, once they
   * have all gone or after `graceMs`, whichever comes first.
   */
  moveParticipants(listener: number, joinBase: string | null, graceMs: number): Promise<number> {
    return sendRoomOn(this.connections.clients, listener, this.session, joinBase, graceMs, (c, joinUrl) =>
      this.connections.send(c, { type: 'moved', joinUrl }),
    );
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.clearCountdown();
    this.broadcast.cancel();
    this.connections.closeAll(CLOSE.goingAway, 'The hub is shutting down.');
    await this.journal?.close().catch(() => undefined);
  }
}
