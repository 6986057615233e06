import {
  englishRefusal,
  type ErrorCode,
  type HubMessageBody,
  type PageRequest,
  type ParticipantCounts,
  type Refusal,
  type Role,
  type StateBody,
} from '../../shared/protocol';
import { SharedFrame, type Client, type Connections } from './connections';
import type { SessionActivity, SessionModel } from './session';
import { Coalescer } from './timers';
import {
  closedResult,
  liveTallyFor,
  participantCounts,
  phonesSeeTally,
  screenTally,
  stateBody,
  stateFor,
  tallyMessage,
  type Whereabouts,
} from './visibility';

export interface BroadcastOptions {
  /** Minimum spacing of state/tally broadcasts to the console and projector. */
  tickMs: number;
  /** Minimum spacing of changed pages (open text's statements) to the phones. */
  participantTickMs: number;
  /** True while a control is on its way to disk: nobody may see it done before it is saved. */
  held?: () => boolean;
}

/**
 * Tells every connection what changed, each only what its role may see: changes are marked as
 * they happen and sent coalesced, every body serialised once per broadcast.
 */
const RESYNC_SPACING_MS = 1000;

/**
 * A tally frame past this size (open text with hundreds of statements) is not sent every tick:
 * encoding and sending it would cost more than the answers it shows.
 */
export const LARGE_TALLY_BYTES = 32 * 1024;
/** A large tally goes out at most every 250 ms, and at most at about 1.3 MB/s, but at least every 2 s. */
const LARGE_TALLY_SPACING_MS = { min: 250, max: 2000, bytesPerMs: 1300 };

/** How long after sending a tally frame of `bytes` the next one of the same activity waits (0: next tick). */
export function tallySpacingMs(bytes: number): number {
  if (bytes <= LARGE_TALLY_BYTES) return 0;
  const { min, max, bytesPerMs } = LARGE_TALLY_SPACING_MS;
  return Math.min(max, Math.max(min, Math.ceil(bytes / bytesPerMs)));
}

export class Broadcaster {
  private stateDirty: 'none' | 'counts' | 'full' = 'none';
  private readonly dirtyTallies = new Set<string>();
  /** Activities whose last tally was large: not sent again before this time. */
  private readonly tallyNotBefore = new Map<string, number>();
  private spaced: { timer: NodeJS.Timeout; at: number } | null = null;
  /** Closed activities whose result late answers changed: the console gets each again once a tick. */
  private readonly changedClosed = new Set<string>();
  /** The page each phone looks at (of open text's statements), by activity; page 0 until it asks (or names one in its hello). */
  private readonly views = new WeakMap<Client, { activityId: string; page: number }>();
  private readonly staffTick: Coalescer;
  private readonly participantTick: Coalescer;
  private readonly held: () => boolean;
  private deferred = false;
  /** What waited includes a control's changes (see flush). */
  private deferredControl = false;

  constructor(
    private readonly connections: Connections,
    private readonly session: () => SessionModel | null,
    private readonly where: Whereabouts,
    options: BroadcastOptions,
  ) {
    this.staffTick = new Coalescer(options.tickMs, () => this.flush());
    this.participantTick = new Coalescer(options.participantTickMs, () => this.flushPages());
    this.held = options.held ?? (() => false);
  }

  /** The held controls are on disk: send what waited for them. */
  release(): void {
    if (!this.deferred || this.held()) return;
    this.deferred = false;
    const control = this.deferredControl;
    this.deferredControl = false;
    this.flush(control);
    this.flushPages();
  }

  counts(): ParticipantCounts {
    return participantCounts(this.session(), this.connections.connected);
  }

  stateBody(role: Role): StateBody {
    return stateBody(this.session(), role, this.counts(), this.where);
  }

  /** A change to the session (full: everyone) or only to the participant counts (console + projector). */
  markState(kind: 'counts' | 'full'): void {
    if (kind === 'full' || this.stateDirty === 'none') this.stateDirty = kind;
    // Counts change "answered of participants" on the console too.
    const session = this.session();
    if (session) this.dirtyTallies.add(session.current.spec.id);
    this.staffTick.request();
  }

  /** A late answer changed a closed result the console stored: it gets the result again on the next tick. */
  markClosedResult(activity: SessionActivity): void {
    this.changedClosed.add(activity.spec.id);
    this.staffTick.request();
  }

  markTally(activity: SessionActivity): void {
    this.dirtyTallies.add(activity.spec.id);
    this.staffTick.request();
    const session = this.session();
    if (session && phonesSeeTally(session, activity)) this.participantTick.request();
  }

  /**
   * Sends the marked state and tallies to the console and projector now (and the state to phones).
   * `control`: a facilitator's control changed them, so a large tally goes now, not after its spacing.
   */
  flush(control = false): void {
    if (this.held()) {
      this.deferred = true;
      this.deferredControl ||= control;
      return;
    }
    const session = this.session();
    if (this.stateDirty !== 'none') {
      const full = this.stateDirty === 'full';
      this.stateDirty = 'none';
      // Each role's state encoded once, and only if someone of that role is told.
      const bodies = new Map<Role, SharedFrame>();
      for (const c of this.connections.clients) {
        const which = stateFor(c.role, full);
        if (!which) continue;
        let body = bodies.get(which);
        if (!body) bodies.set(which, (body = new SharedFrame({ type: 'state', ...this.stateBody(which) })));
        this.connections.send(c, body);
      }
    }
    if (!session) {
      this.dirtyTallies.clear();
      this.tallyNotBefore.clear();
      this.changedClosed.clear();
      return;
    }
    for (const activityId of this.changedClosed) {
      const activity = session.activity(activityId);
      if (activity?.phase === 'closed' && activity.closedAt !== null) this.closedResults(session, activity);
    }
    this.changedClosed.clear();
    const now = Date.now();
    let counts: ParticipantCounts | null = null;
    let nextDue = Infinity;
    for (const activityId of this.dirtyTallies) {
      const notBefore = this.tallyNotBefore.get(activityId) ?? 0;
      if (notBefore > now && !control) {
        // Stays marked: it goes out, with everything that changed meanwhile, once its spacing is over.
        nextDue = Math.min(nextDue, notBefore);
        continue;
      }
      this.dirtyTallies.delete(activityId);
      const activity = session.activity(activityId);
      if (!activity) continue;
      const tally = tallyMessage(session, activity, (counts ??= this.counts()));
      let full: SharedFrame | null = null;
      let screen: SharedFrame | null = null;
      for (const c of this.connections.clients) {
        const which = liveTallyFor(c.role, session, activity);
        if (which === 'full') this.connections.send(c, (full ??= new SharedFrame(tally)));
        else if (which === 'screen')
          this.connections.send(c, (screen ??= new SharedFrame(screenTally(session, tally))));
      }
      const spacing = tallySpacingMs(Math.max(full?.rest.length ?? 0, screen?.rest.length ?? 0));
      if (spacing) this.tallyNotBefore.set(activityId, now + spacing);
      else this.tallyNotBefore.delete(activityId);
    }
    if (nextDue < (this.spaced?.at ?? Infinity)) {
      if (this.spaced) clearTimeout(this.spaced.timer);
      const timer = setTimeout(() => {
        this.spaced = null;
        this.staffTick.request();
      }, nextDue - now);
      this.spaced = { timer, at: nextDue };
    }
  }

  /**
   * Each changed page of the current activity's statements, encoded once, to the phones looking
   * at it: a phone gets what changed on its page, never the whole tally.
   */
  private flushPages(): void {
    if (this.held()) {
      this.deferred = true;
      return;
    }
    const session = this.session();
    if (!session || !phonesSeeTally(session, session.current)) return;
    const activity = session.current;
    const changed = new Set(session.live.takeChangedPages(activity));
    if (!changed.size) return;
    const frames = new Map<number, SharedFrame | null>();
    for (const c of this.connections.withRole('participant')) {
      if (c.sessionId !== session.id) continue;
      const page = this.pageOf(c, activity.spec.id);
      if (!changed.has(page)) continue;
      let frame = frames.get(page);
      if (frame === undefined) {
        const body = session.live.page(activity, page);
        frames.set(page, (frame = body && new SharedFrame({ type: 'page', ...body })));
      }
      if (frame) this.connections.send(c, frame);
    }
  }

  private pageOf(client: Client, activityId: string): number {
    const view = this.views.get(client);
    return view?.activityId === activityId ? view.page : 0;
  }

  /** A phone asks for another page of the current activity's statements: it gets it now, and its changes from then on. */
  page(client: Client, request: PageRequest): void {
    const session = this.session();
    if (client.role !== 'participant' || !session || session.id !== client.sessionId) {
      this.connections.error(client, 'not-allowed', 'Only participants of this session see its statements.');
      return;
    }
    const activity = session.activity(request.activityId);
    if (!activity || !phonesSeeTally(session, activity)) return; // moved on meanwhile: the new state says so
    const body = session.live.page(activity, request.page);
    if (!body) return;
    this.views.set(client, { activityId: activity.spec.id, page: body.page });
    this.connections.send(client, { type: 'page', ...body });
  }

  /** A phone coming back names the page it showed: it gets that one after the welcome, not the first. */
  resumePage(client: Client, view: { activityId: string; page: number }): void {
    this.views.set(client, { activityId: view.activityId, page: view.page });
  }

  /** The page a phone looks at, now (after welcome or resync). */
  private sendPage(client: Client, session: SessionModel, activity: SessionActivity): void {
    const body = session.live.page(activity, this.pageOf(client, activity.spec.id));
    if (!body) return;
    // Past the last page (statements withdrawn meanwhile) it is shown the last: that is its page now.
    this.views.set(client, { activityId: activity.spec.id, page: body.page });
    this.connections.send(client, { type: 'page', ...body });
  }

  /** A fresh snapshot at most once a second per connection: asking more often adds nothing. */
  resync(client: Client): void {
    if (client.resyncDue) return;
    const wait = client.lastResyncAt + RESYNC_SPACING_MS - Date.now();
    const send = () => {
      client.resyncDue = false;
      client.lastResyncAt = Date.now();
      if (client.ws.readyState === client.ws.OPEN) this.snapshot(client, false);
    };
    if (wait <= 0) return send();
    client.resyncDue = true;
    setTimeout(send, wait).unref();
  }

  /** What a client needs beyond the state to show the session as it is (after welcome or on resync). */
  snapshot(client: Client, afterWelcome: boolean): void {
    const send = (body: HubMessageBody) => this.connections.send(client, body);
    if (!afterWelcome) send({ type: 'state', ...this.stateBody(client.role!) });
    const session = this.session();
    if (!session) return;
    const current = session.current;
    const counts = this.counts();
    if (client.role === 'facilitator') {
      for (const activity of session.activities) {
        if (activity.phase === 'closed' && activity.closedAt !== null) {
          send({ type: 'closed-results', result: closedResult(session, activity) });
        }
      }
      send(tallyMessage(session, current, counts));
    } else if (client.role === 'screen') {
      send(screenTally(session, tallyMessage(session, current, counts)));
    } else if (client.role === 'participant') {
      this.yourAnswers(client, session, current);
      if (phonesSeeTally(session, current)) this.sendPage(client, session, current);
    }
  }

  /** A participant's recorded answers to `activity`, so the phone shows them as given. */
  yourAnswers(client: Client, session: SessionModel, activity: SessionActivity): void {
    const answers = session
      .answersOf(client.participantId!, activity.spec.id)
      .map(({ itemId, value, clientAnswerId }) => ({ itemId, value, clientAnswerId }));
    this.connections.send(client, { type: 'your-answers', activityId: activity.spec.id, answers });
  }

  /** Every phone of the session gets its answers to the new current activity (and its first page of statements). */
  yourAnswersEverywhere(session: SessionModel): void {
    const current = session.current;
    const body = phonesSeeTally(session, current) ? session.live.page(current, 0) : null;
    const firstPage = body && new SharedFrame({ type: 'page', ...body });
    for (const c of this.connections.withRole('participant')) {
      if (c.sessionId !== session.id) continue;
      this.yourAnswers(c, session, current);
      if (!firstPage) continue;
      const page = this.pageOf(c, current.spec.id);
      if (page === 0) this.connections.send(c, firstPage);
      else this.sendPage(c, session, current);
    }
  }

  closedResults(session: SessionModel, activity: SessionActivity): void {
    let frame: SharedFrame | null = null;
    for (const c of this.connections.withRole('facilitator'))
      this.connections.send(
        c,
        (frame ??= new SharedFrame({ type: 'closed-results', result: closedResult(session, activity) })),
      );
  }

  facilitatorsError(code: ErrorCode, refusal: Refusal): void {
    const message = englishRefusal(refusal);
    for (const c of this.connections.withRole('facilitator'))
      this.connections.error(c, code, message, false, { refusal });
  }

  cancel(): void {
    if (this.spaced) clearTimeout(this.spaced.timer);
    this.spaced = null;
    this.staffTick.cancel();
    this.participantTick.cancel();
  }
}
