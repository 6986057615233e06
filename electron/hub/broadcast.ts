import type { ErrorCode, HubMessageBody, ParticipantCounts, Role, StateBody } from '../../shared/protocol';
import type { Client, Connections } from './connections';
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
  /** Minimum spacing of public tallies (open text) to the phones. */
  participantTickMs: number;
  /** True while a control is on its way to disk: nobody may see it done before it is saved. */
  held?: () => boolean;
}

/**
 * Tells every connection what changed, each only what its role may see: changes are marked as
 * they happen and sent coalesced, every body serialised once per broadcast.
 */
const RESYNC_SPACING_MS = 1000;

export class Broadcaster {
  private stateDirty: 'none' | 'counts' | 'full' = 'none';
  private readonly dirtyTallies = new Set<string>();
  private readonly dirtyPublicTallies = new Set<string>();
  private readonly staffTick: Coalescer;
  private readonly participantTick: Coalescer;
  private readonly held: () => boolean;
  private deferred = false;

  constructor(
    private readonly connections: Connections,
    private readonly session: () => SessionModel | null,
    private readonly where: Whereabouts,
    options: BroadcastOptions,
  ) {
    this.staffTick = new Coalescer(options.tickMs, () => this.flush());
    this.participantTick = new Coalescer(options.participantTickMs, () => this.flushPublicTallies());
    this.held = options.held ?? (() => false);
  }

  /** The held controls are on disk: send what waited for them. */
  release(): void {
    if (!this.deferred || this.held()) return;
    this.deferred = false;
    this.flush();
    this.flushPublicTallies();
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

  markTally(activity: SessionActivity): void {
    this.dirtyTallies.add(activity.spec.id);
    this.staffTick.request();
    const session = this.session();
    if (session && phonesSeeTally(session, activity)) {
      this.dirtyPublicTallies.add(activity.spec.id);
      this.participantTick.request();
    }
  }

  /** Sends the marked state and tallies to the console and projector now (and the state to phones). */
  flush(): void {
    if (this.held()) {
      this.deferred = true;
      return;
    }
    const session = this.session();
    if (this.stateDirty !== 'none') {
      const full = this.stateDirty === 'full';
      this.stateDirty = 'none';
      const bodies = {
        facilitator: JSON.stringify({ type: 'state', ...this.stateBody('facilitator') }),
        public: JSON.stringify({ type: 'state', ...this.stateBody('screen') }),
      };
      for (const c of this.connections.clients) {
        const which = stateFor(c.role, full);
        if (which) this.connections.send(c, bodies[which]);
      }
    }
    if (!session) {
      this.dirtyTallies.clear();
      return;
    }
    const counts = this.counts();
    for (const activityId of this.dirtyTallies) {
      const activity = session.activity(activityId);
      if (!activity) continue;
      const tally = tallyMessage(session, activity, counts);
      let full: string | null = null;
      let screen: string | null = null;
      for (const c of this.connections.clients) {
        const which = liveTallyFor(c.role, session, activity);
        if (which === 'full') this.connections.send(c, (full ??= JSON.stringify(tally)));
        else if (which === 'screen')
          this.connections.send(c, (screen ??= JSON.stringify(screenTally(session, tally))));
      }
    }
    this.dirtyTallies.clear();
  }

  private flushPublicTallies(): void {
    if (this.held()) {
      this.deferred = true;
      return;
    }
    const session = this.session();
    if (!session) return;
    for (const activityId of this.dirtyPublicTallies) {
      const activity = session.activity(activityId);
      if (!activity || !phonesSeeTally(session, activity)) continue;
      const message = JSON.stringify(tallyMessage(session, activity, this.counts()));
      for (const c of this.connections.withRole('participant'))
        if (c.sessionId === session.id) this.connections.send(c, message);
    }
    this.dirtyPublicTallies.clear();
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
      if (phonesSeeTally(session, current)) send(tallyMessage(session, current, counts));
    }
  }

  /** A participant's recorded answers to `activity`, so the phone shows them as given. */
  yourAnswers(client: Client, session: SessionModel, activity: SessionActivity): void {
    const answers = session
      .answersOf(client.participantId!, activity.spec.id)
      .map(({ itemId, value, clientAnswerId }) => ({ itemId, value, clientAnswerId }));
    this.connections.send(client, { type: 'your-answers', activityId: activity.spec.id, answers });
  }

  /** Every phone of the session gets its answers to the new current activity. */
  yourAnswersEverywhere(session: SessionModel): void {
    for (const c of this.connections.withRole('participant'))
      if (c.sessionId === session.id) this.yourAnswers(c, session, session.current);
  }

  closedResults(session: SessionModel, activity: SessionActivity): void {
    const result = closedResult(session, activity);
    for (const c of this.connections.withRole('facilitator'))
      this.connections.send(c, { type: 'closed-results', result });
  }

  facilitatorsError(code: ErrorCode, message: string): void {
    for (const c of this.connections.withRole('facilitator')) this.connections.error(c, code, message);
  }

  cancel(): void {
    this.staffTick.cancel();
    this.participantTick.cancel();
  }
}
