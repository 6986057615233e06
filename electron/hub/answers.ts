import type { StoredAnswer } from '../../shared/activities/kind';
import type { Answer, Rejection } from '../../shared/protocol';
import type { Broadcaster } from './broadcast';
import type { Client, Connections } from './connections';
import type { JournalRecord, JournalWriter } from './journal';
import type { HubLog } from './log';
import type { SessionModel } from './session';
import { countsLate } from './lateAnswers';

interface PendingAnswer {
  participantId: string;
  activityId: string;
  clientAnswerId: string;
  answer: StoredAnswer<unknown>;
  /** Resends of the same clientAnswerId while it is being written: acked 'duplicate' after it. */
  duplicates: Client[];
  /** Set when this answer claims an owned item (a statement) while on its way to disk. */
  ownerKey?: string;
}

type AckStatus = 'recorded' | 'replaced' | 'duplicate' | 'rejected';

export interface AnswerDesk {
  connections: Connections;
  broadcast: Broadcaster;
  log: HubLog;
  session(): SessionModel | null;
  journal(): JournalWriter | null;
}

/**
 * Takes participants' answers: checks each with its activity's kind (counting answers still on
 * their way to disk), journals it, and acknowledges it only once it is saved.
 */
export class Answers {
  private readonly pending = new Map<string, PendingAnswer>();
  /** The same answers by participant (their own, to check limits against) ... */
  private readonly pendingOf = new Map<string, Set<PendingAnswer>>();
  /** ... and owned items (statements) on their way to disk: activity id, NUL, item id → who wrote them. */
  private readonly pendingOwners = new Map<string, string>();

  constructor(private readonly desk: AnswerDesk) {}

  /** Answers accepted and not yet on disk. */
  get inFlight(): number {
    return this.pending.size;
  }

  private ack(
    client: Client,
    answer: Pick<Answer, 'clientAnswerId' | 'activityId' | 'itemId'>,
    status: AckStatus,
    reason?: string,
    rejection?: Rejection,
    limit?: number,
  ): void {
    const { clientAnswerId, activityId, itemId } = answer;
    this.desk.connections.send(client, {
      type: 'ack',
      clientAnswerId,
      activityId,
      itemId,
      status,
      ...(reason ? { reason } : {}),
      ...(rejection ? { rejection } : {}),
      ...(limit !== undefined ? { limit } : {}),
    });
  }

  private hold(key: string, entry: PendingAnswer, ownerKey: string | null): void {
    this.pending.set(key, entry);
    let mine = this.pendingOf.get(entry.participantId);
    if (!mine) this.pendingOf.set(entry.participantId, (mine = new Set()));
    mine.add(entry);
    if (ownerKey && !this.pendingOwners.has(ownerKey)) {
      this.pendingOwners.set(ownerKey, entry.participantId);
      entry.ownerKey = ownerKey;
    }
  }

  private release(key: string, entry: PendingAnswer): void {
    this.pending.delete(key);
    const mine = this.pendingOf.get(entry.participantId);
    mine?.delete(entry);
    if (mine?.size === 0) this.pendingOf.delete(entry.participantId);
    if (entry.ownerKey) this.pendingOwners.delete(entry.ownerKey);
  }

  receive(client: Client, message: Answer): void {
    const { connections, broadcast, log } = this.desk;
    if (client.role !== 'participant') {
      connections.error(
        client,
        'not-allowed',
        'Only participants answer; this connection is the ' + client.role + '.',
      );
      return;
    }
    const session = this.desk.session();
    const participantId = client.participantId!;
    if (!session || session.id !== client.sessionId) {
      this.ack(client, message, 'rejected', 'This session is over.', 'session-over');
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
      this.ack(client, message, 'rejected', 'This session has ended.', 'session-over');
      return;
    }
    const activity = session.activity(message.activityId);
    if (!activity) {
      this.ack(
        client,
        message,
        'rejected',
        'This activity is not part of the session any more. Reload the page.',
        'gone',
      );
      return;
    }
    const late = countsLate(session, activity, participantId, Date.now());
    if (!late && (activity !== session.current || activity.phase !== 'open')) {
      const waiting = activity === session.current && activity.phase === 'waiting';
      const reason = waiting
        ? 'This activity has not opened yet.'
        : 'Arrived after answers closed, not counted.';
      this.ack(client, message, 'rejected', reason, waiting ? 'not-open' : 'closed');
      return;
    }
    // A statement id on its way to disk from another phone is taken already.
    const ownerKey = `${activity.spec.id}\u0000${message.itemId}`;
    const pendingOwner = this.pendingOwners.get(ownerKey);
    if (pendingOwner !== undefined && pendingOwner !== participantId) {
      this.ack(client, message, 'rejected', 'Someone else wrote this one. Write your own instead.', 'taken');
      return;
    }
    const stillPending: StoredAnswer<unknown>[] = [];
    for (const p of this.pendingOf.get(participantId) ?? [])
      if (p.activityId === activity.spec.id) stillPending.push(p.answer);
    const checked = session.check(activity, participantId, message.itemId, message.value, stillPending);
    if (!checked.ok) {
      this.ack(client, message, 'rejected', checked.reason, checked.rejection, checked.limit);
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
    this.hold(pendingKey, entry, activity.kind.ownedItem?.(message.itemId) ? ownerKey : null);
    this.desk.journal()!.append(record, (error) => {
      this.release(pendingKey, entry);
      if (error) {
        log.error(`Could not save an answer: ${error.message}`);
        const reason = 'The laptop could not save your answer (disk problem). Try again in a moment.';
        for (const c of [client, ...entry.duplicates]) this.ack(c, message, 'rejected', reason, 'disk');
        broadcast.facilitatorsError('server-error', {
          code: 'answers-unsaved',
          args: { detail: error.message },
        });
        return;
      }
      // The session may have moved on meanwhile: the answer was accepted while open, so it counts.
      const status = session.apply(record)!;
      this.ack(client, message, status);
      for (const c of entry.duplicates) this.ack(c, message, 'duplicate');
      if (this.desk.session() !== session) return;
      broadcast.markTally(activity);
      // A late answer changes a result the console has stored already.
      if (activity.phase === 'closed') broadcast.markClosedResult(activity);
    });
  }
}
