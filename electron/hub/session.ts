import { checkAnswer, type CheckedAnswer } from '../../shared/activities/check';
import type { StoredAnswer } from '../../shared/activities/kind';
import { kindOf } from '../../shared/activities/registry';
import {
  englishRefusal,
  type ActivitySpecMessage,
  type ActivitySummary,
  type Refusal,
} from '../../shared/protocol';
import { outcomeSchema, type Outcome } from '../../shared/outcomes';
import type { Language } from '../../shared/languages';
import type { JournalRecord, StartRecord } from './journal';
import { LiveTallies } from './liveTallies';
import {
  LATE_ANSWER_GRACE_MS,
  MAX_ACTIVITIES,
  describeConfigIssue,
  prepareActivities,
  withSchemaCache,
  type SessionActivity,
} from './sessionActivities';

export { LATE_ANSWER_GRACE_MS, MAX_ACTIVITIES, type SessionActivity } from './sessionActivities';

interface RecordedAnswer {
  value: unknown;
  at: number;
  clientAnswerId: string;
}

export interface ActivityTally {
  kind: string;
  result: unknown;
  /** Participants with at least one answer in this activity. */
  answered: number;
  /** Of `answered`, practice participants. */
  practice: number;
}

/**
 * A live session in memory: the agenda, where it is, who joined and every accepted answer.
 * Changed only by applying journal records, live or replayed, so a restart rebuilds exactly
 * what was acknowledged.
 */
export class SessionModel {
  readonly id: string;
  readonly code: string;
  readonly workshopId: string;
  readonly workshopName: string;
  readonly language: Language | undefined;
  readonly startedAt: number;
  readonly activities: SessionActivity[];
  index = 0;
  revealed = false;
  timer: { endsAt: number; seconds: number } | null = null;
  ended = false;
  /** How the projector shows the revealed result; back to page 1 as a list on every move. */
  display = { page: 0, cloud: false };
  /** Answers from phones offline at a close count if they arrive within the grace period. */
  acceptLate = true;
  /** The exercise outcome on the projector, if any. */
  outcome: Outcome | null = null;
  /** participantId → hash of the participant's secret. */
  readonly participants = new Map<string, string>();
  /** Simulated participants of the console's practice room: their answers are not the room's. */
  readonly practice = new Set<string>();
  /** Participants the facilitator took out: they cannot come back as themselves. */
  readonly removed = new Set<string>();
  /** participantId → device address and join time. */
  readonly joins = new Map<string, { address: string; at: number }>();
  /** Devices allowed to join as several people. */
  readonly sharedDevices = new Set<string>();
  /** device address → participants (not removed, not practice) who joined from it. */
  private readonly perDevice = new Map<string, number>();
  /** activityId → participantId → itemId → latest answer. */
  private readonly answers = new Map<string, Map<string, Map<string, RecordedAnswer>>>();
  /** participantId → every clientAnswerId recorded (also replaced ones: a late resend stays a no-op). */
  private readonly answerIds = new Map<string, Set<string>>();
  /** Who wrote each owned item first (activity id, NUL, item id → participant id). */
  private readonly owners = new Map<string, string>();
  private readonly tallies = new Map<string, ActivityTally>();
  /** Tallies kept one answer at a time, and the pages phones see of open text. */
  readonly live = new LiveTallies();

  private constructor(start: StartRecord, activities: SessionActivity[]) {
    this.id = start.sessionId;
    this.code = start.code;
    this.workshopId = start.workshopId;
    this.workshopName = start.workshopName;
    this.language = start.language;
    this.startedAt = start.at;
    this.activities = activities;
    for (const activity of activities) this.live.start(activity, []);
  }

  /**
   * Why this config cannot replace the activity's, or null when it can: the activity must never
   * have been opened (its answers would not match the new config) and the kind must accept it.
   */
  updateProblem(activityId: string, config: unknown): Refusal | null {
    const activity = this.activity(activityId);
    if (!activity) return { code: 'unknown-activity', args: { id: activityId } };
    const name = activity.spec.title || activity.spec.id;
    if (activity.phase !== 'waiting' || (this.answers.get(activityId)?.size ?? 0) > 0) {
      return { code: 'already-opened', args: { name } };
    }
    const parsed = activity.kind.configSchema.safeParse(config);
    return parsed.success
      ? null
      : { code: 'change-invalid', args: { name, detail: describeConfigIssue(parsed.error) } };
  }

  /** Checks every activity's kind and config; the error names the activity for the facilitator. */
  static create(
    start: StartRecord,
  ): { ok: true; session: SessionModel } | { ok: false; reason: string; refusal?: Refusal } {
    const prepared = prepareActivities(start.activities, new Set());
    if (!prepared.ok) return prepared;
    if (!prepared.activities.length) {
      const refusal: Refusal = { code: 'agenda-empty' };
      return { ok: false, reason: englishRefusal(refusal), refusal };
    }
    return { ok: true, session: new SessionModel(start, prepared.activities) };
  }

  /** Why these activities cannot join the session, or null when they can (ids new, kinds and configs valid). */
  addProblem(specs: readonly ActivitySpecMessage[]): Refusal | null {
    if (this.activities.length + specs.length > MAX_ACTIVITIES) {
      return { code: 'too-many-activities', args: { max: MAX_ACTIVITIES, count: this.activities.length } };
    }
    const prepared = prepareActivities(specs, new Set(this.activities.map((a) => a.spec.id)));
    return prepared.ok ? null : prepared.refusal;
  }

  get current(): SessionActivity {
    return this.activities[this.index]!;
  }

  activity(activityId: string): SessionActivity | undefined {
    return this.activities.find((a) => a.spec.id === activityId);
  }

  summaries(): ActivitySummary[] {
    return this.activities.map((a) => ({
      id: a.spec.id,
      kind: a.spec.kind,
      title: a.spec.title,
      phase: a.phase,
    }));
  }

  hasAnswerId(participantId: string, clientAnswerId: string): boolean {
    return this.answerIds.get(participantId)?.has(clientAnswerId) ?? false;
  }

  /** A participant's recorded answers in one activity. */
  answersOf(
    participantId: string,
    activityId: string,
  ): (StoredAnswer<unknown> & { clientAnswerId: string })[] {
    const items = this.answers.get(activityId)?.get(participantId);
    if (!items) return [];
    return [...items].map(([itemId, a]) => ({
      participantId,
      itemId,
      value: a.value,
      at: a.at,
      clientAnswerId: a.clientAnswerId,
    }));
  }

  /**
   * Validates an answer with the activity's kind against the participant's other answers
   * (`pending`: accepted ones not yet on disk, which count as given).
   */
  check(
    activity: SessionActivity,
    participantId: string,
    itemId: string,
    value: unknown,
    pending: ReadonlyArray<StoredAnswer<unknown>>,
  ): CheckedAnswer<unknown> {
    const owner = this.ownerOf(activity.spec.id, itemId);
    if (owner !== null && owner !== participantId)
      return {
        ok: false,
        reason: 'Someone else wrote this one. Write your own instead.',
        rejection: 'taken',
      };
    const byItem = new Map(
      this.answersOf(participantId, activity.spec.id).map((a) => [a.itemId, a as StoredAnswer<unknown>]),
    );
    for (const answer of pending) byItem.set(answer.itemId, answer);
    return checkAnswer(activity.kind, activity.config, [...byItem.values()], itemId, value);
  }

  /** The participant an owned item (a statement) belongs to, or null when nobody wrote it yet. */
  ownerOf(activityId: string, itemId: string): string | null {
    return this.owners.get(`${activityId}\u0000${itemId}`) ?? null;
  }

  /** Applies one journal record; for an answer, says whether it replaced an earlier one. */
  apply(record: JournalRecord): 'recorded' | 'replaced' | null {
    switch (record.t) {
      case 'start':
        return null;
      case 'join':
        this.participants.set(record.participantId, record.secretHash);
        this.joins.set(record.participantId, { address: record.address ?? '', at: record.at });
        if (record.practice) this.practice.add(record.participantId);
        else if (record.address) this.countDevice(record.address, 1);
        return null;
      case 'display':
        this.display = { page: record.page, cloud: record.cloud };
        return null;
      case 'late':
        this.acceptLate = record.accept;
        return null;
      case 'remove':
        this.remove(record.participantId);
        return null;
      case 'share':
        if (record.shared) this.sharedDevices.add(record.address);
        else this.sharedDevices.delete(record.address);
        return null;
      case 'answer': {
        let byParticipant = this.answers.get(record.activityId);
        if (!byParticipant) this.answers.set(record.activityId, (byParticipant = new Map()));
        let items = byParticipant.get(record.participantId);
        if (!items) byParticipant.set(record.participantId, (items = new Map()));
        const previous = items.get(record.itemId);
        items.set(record.itemId, {
          value: record.value,
          at: record.at,
          clientAnswerId: record.clientAnswerId,
        });
        this.live.apply(record, previous);
        let ids = this.answerIds.get(record.participantId);
        if (!ids) this.answerIds.set(record.participantId, (ids = new Set()));
        ids.add(record.clientAnswerId);
        const ownerKey = `${record.activityId}\u0000${record.itemId}`;
        if (this.activity(record.activityId)?.kind.ownedItem?.(record.itemId) && !this.owners.has(ownerKey))
          this.owners.set(ownerKey, record.participantId);
        this.tallies.delete(record.activityId);
        return previous ? 'replaced' : 'recorded';
      }
      case 'goto':
        if (record.index < this.activities.length) this.index = record.index;
        this.revealed = false;
        this.outcome = null;
        this.timer = null;
        this.display = { page: 0, cloud: false };
        return null;
      case 'phase': {
        const activity = this.activity(record.activityId);
        if (activity) {
          activity.phase = record.phase;
          if (record.phase === 'closed') activity.closedAt = record.at;
          activity.late =
            record.phase === 'closed' && record.offline?.length
              ? { until: record.at + LATE_ANSWER_GRACE_MS, participants: new Set(record.offline) }
              : null;
        }
        if (record.phase !== 'open') this.timer = null;
        return null;
      }
      case 'reveal':
        this.revealed = record.revealed;
        if (record.revealed) this.outcome = null;
        return null;
      case 'outcome': {
        // Checked before it was journaled; checked again so a hand-edited journal cannot break replay.
        const parsed = record.outcome === null ? null : outcomeSchema.safeParse(record.outcome);
        if (parsed && !parsed.success) return null;
        this.outcome = parsed ? parsed.data : null;
        return null;
      }
      case 'add': {
        if (this.addProblem(record.activities)) return null;
        const prepared = prepareActivities(record.activities, new Set());
        for (const activity of prepared.ok ? prepared.activities : []) {
          const added = { ...activity, added: true };
          this.activities.push(added);
          this.live.start(added, []);
        }
        return null;
      }
      case 'config': {
        // Checked before it was journaled; checked again so a hand-edited journal cannot break replay.
        const activity = this.activity(record.activityId);
        const kind = activity && kindOf(activity.spec.kind);
        const parsed = kind?.configSchema.safeParse(record.config);
        if (!activity || !kind || !parsed?.success) return null;
        activity.spec = { ...activity.spec, config: record.config };
        activity.config = parsed.data;
        activity.kind = withSchemaCache(kind);
        this.tallies.delete(activity.spec.id);
        this.live.start(activity, this.storedAnswers(activity.spec.id));
        return null;
      }
      case 'timer':
        this.timer =
          record.endsAt === null || record.seconds === null
            ? null
            : { endsAt: record.endsAt, seconds: record.seconds };
        return null;
      case 'end':
        this.ended = true;
        this.timer = null;
        return null;
    }
  }

  /** Participants who joined and were not taken out. */
  get joinedCount(): number {
    return this.participants.size - this.removed.size;
  }

  /** Participants (not removed, not practice) who joined from this device address. */
  identitiesFrom(address: string): number {
    return this.perDevice.get(address) ?? 0;
  }

  /** Recorded answers of one participant across the session. */
  answerCountOf(participantId: string): number {
    let count = 0;
    for (const byParticipant of this.answers.values()) count += byParticipant.get(participantId)?.size ?? 0;
    return count;
  }

  private countDevice(address: string, delta: number): void {
    const count = (this.perDevice.get(address) ?? 0) + delta;
    if (count > 0) this.perDevice.set(address, count);
    else this.perDevice.delete(address);
  }

  private remove(participantId: string): void {
    if (!this.participants.has(participantId) || this.removed.has(participantId)) return;
    this.removed.add(participantId);
    const address = this.joins.get(participantId)?.address;
    if (address && !this.practice.has(participantId)) this.countDevice(address, -1);
    for (const [activityId, byParticipant] of this.answers) {
      if (!byParticipant.delete(participantId)) continue;
      this.tallies.delete(activityId);
      // Rare (the facilitator's hand): the live tally starts again without their answers.
      const activity = this.activity(activityId);
      if (activity) this.live.start(activity, this.storedAnswers(activityId));
    }
  }

  private storedAnswers(activityId: string): StoredAnswer<unknown>[] {
    const answers: StoredAnswer<unknown>[] = [];
    for (const [participantId, items] of this.answers.get(activityId) ?? [])
      for (const [itemId, a] of items) answers.push({ participantId, itemId, value: a.value, at: a.at });
    return answers;
  }

  /** The activity's result by its kind, kept live or from the stored answers (cached until an answer changes it). */
  tally(activity: SessionActivity): ActivityTally {
    const cached = this.tallies.get(activity.spec.id);
    if (cached) return cached;
    const byParticipant = this.answers.get(activity.spec.id);
    const live = this.live.result(activity.spec.id);
    const tally = {
      kind: activity.spec.kind,
      result: live ? live.result : activity.kind.tally(activity.config, this.storedAnswers(activity.spec.id)),
      answered: byParticipant?.size ?? 0,
      practice: this.practice.size
        ? [...(byParticipant?.keys() ?? [])].filter((p) => this.practice.has(p)).length
        : 0,
    };
    this.tallies.set(activity.spec.id, tally);
    return tally;
  }

  /** Every answer in the session (for tests and the benchmark). */
  answerCount(): number {
    let count = 0;
    for (const byParticipant of this.answers.values())
      for (const items of byParticipant.values()) count += items.size;
    return count;
  }

  /** Replays a journal into a fresh session; null when its agenda no longer starts (e.g. unknown kind). */
  static replay(
    records: JournalRecord[],
  ): { ok: true; session: SessionModel } | { ok: false; reason: string; refusal?: Refusal } {
    const [start, ...rest] = records;
    if (start?.t !== 'start')
      return { ok: false, reason: 'The journal does not begin with a session start.' };
    const created = SessionModel.create(start);
    if (!created.ok) return created;
    for (const record of rest) created.session.apply(record);
    return created;
  }
}
