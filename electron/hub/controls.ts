import { openProblem } from '../../shared/activities/openable';
import { outcomeIssue } from '../../shared/outcomes';
import {
  englishRefusal,
  type ControlAction,
  type ControlActionName,
  type ErrorCode,
  type Refusal,
} from '../../shared/protocol';
import type { Client } from './connections';
import type { JournalRecord } from './journal';
import type { SessionActivity, SessionModel } from './session';

/** What the facilitator's controls may do to the running hub. */
export interface ControlRoom {
  readonly session: SessionModel | null;
  /** `refusal`: why, as a code the console words in its language (`message` stays English). */
  error(client: Client, code: ErrorCode, message: string, refusal?: Refusal): void;
  /** Applies a session change now and journals it; `flushed` runs once it is on disk. */
  record(record: JournalRecord, flushed?: () => void): void;
  /** Closes the current activity; its results go to the console once the close is on disk. */
  closeCurrent(): void;
  /** (Re)arms the countdown from the session's timer. */
  armCountdown(): void;
  clearCountdown(): void;
  markTally(activity: SessionActivity): void;
  /** Journals the end of the session and closes its journal. */
  endSession(): void;
  /** Everyone gets the new state now; `moved`: phones also get their answers to the new activity. */
  changed(session: SessionModel, moved: boolean): void;
  startSession(client: Client, control: Control<'start-session'>): Promise<void>;
  /** Sends the participant list to this console. */
  sendRoster(client: Client): void;
  /** A participant's removal is on disk: their phones are told and closed results sent again. */
  removed(session: SessionModel, participantId: string, touched: SessionActivity[]): void;
  setHost(address: string | null): Promise<unknown>;
}

export type Control<A extends ControlActionName> = Extract<ControlAction, { action: A }>;
type Handler<A extends ControlActionName> = (
  room: ControlRoom,
  control: Control<A>,
  client: Client,
) => void | Promise<void>;

/** What a control on the live session did: refused (why) or done (and whether it moved). */
type Outcome = { refused: Refusal } | { moved: boolean } | void;

/** Refuses with the refusal's code for the console and its English words for logs and older consoles. */
function refuse(room: ControlRoom, client: Client, code: ErrorCode, refusal: Refusal): void {
  room.error(client, code, englishRefusal(refusal), refusal);
}

/** A control on the running session: refused without one, and everyone hears of the change. */
function live<A extends ControlActionName>(
  apply: (room: ControlRoom, session: SessionModel, control: Control<A>) => Outcome,
): Handler<A> {
  return (room, control, client) => {
    const session = room.session;
    if (!session || session.ended) {
      refuse(room, client, 'no-session', { code: 'no-session' });
      return;
    }
    const outcome = apply(room, session, control);
    if (outcome && 'refused' in outcome) {
      refuse(room, client, 'bad-control', outcome.refused);
      return;
    }
    room.changed(session, outcome?.moved ?? false);
  };
}

function move(room: ControlRoom, session: SessionModel, target: number, action: string): Outcome {
  const last = session.activities.length - 1;
  if (target < 0 || target > last) {
    const why: Refusal =
      action === 'next'
        ? { code: 'last-activity' }
        : action === 'previous'
          ? { code: 'first-activity' }
          : { code: 'no-such-activity', args: { number: target + 1, count: last + 1 } };
    return { refused: why };
  }
  if (target === session.index) return;
  if (session.current.phase === 'open') room.closeCurrent();
  room.record({ t: 'goto', at: Date.now(), index: target });
  room.clearCountdown();
  room.markTally(session.current);
  return { moved: true };
}

function reveal(room: ControlRoom, session: SessionModel, revealed: boolean): Outcome {
  if (session.revealed !== revealed) room.record({ t: 'reveal', at: Date.now(), revealed });
  if (revealed) room.markTally(session.current);
}

/** Every control the facilitator's console can send, by name. */
export const CONTROLS: { [A in ControlActionName]: Handler<A> } = {
  'start-session': (room, control, client) => room.startSession(client, control),
  'set-host': async (room, control, client) => {
    try {
      await room.setHost(control.address);
    } catch (cause) {
      // The network switch says why as a refusal (address gone, port taken); anything else in English only.
      const refusal = (cause as { refusal?: Refusal } | null)?.refusal;
      room.error(client, 'bad-control', cause instanceof Error ? cause.message : String(cause), refusal);
    }
  },
  open: live((room, session) => {
    const current = session.current;
    if (current.phase === 'open') return;
    // Phones would get an empty question (a sort whose cards are still being approved).
    const problem = openProblem(current.kind, current.config);
    if (problem) return { refused: problem };
    room.record({ t: 'phase', at: Date.now(), activityId: current.spec.id, phase: 'open' });
  }),
  close: live((room) => room.closeCurrent()),
  reveal: live((room, session) => reveal(room, session, true)),
  hide: live((room, session) => reveal(room, session, false)),
  goto: live((room, session, control) => move(room, session, control.index, 'goto')),
  next: live((room, session) => move(room, session, session.index + 1, 'next')),
  previous: live((room, session) => move(room, session, session.index - 1, 'previous')),
  timer: live((room, session, control) => {
    // A countdown on an activity that cannot open would close it with nothing in it.
    const current = session.current;
    const problem = control.seconds === null ? null : openProblem(current.kind, current.config);
    if (problem) return { refused: problem };
    const at = Date.now();
    room.record(
      control.seconds === null
        ? { t: 'timer', at, endsAt: null, seconds: null }
        : { t: 'timer', at, endsAt: at + control.seconds * 1000, seconds: control.seconds },
    );
    room.armCountdown();
  }),
  'update-activity': live((room, session, control) => {
    const problem = session.updateProblem(control.activityId, control.config);
    if (problem) return { refused: problem };
    room.record({ t: 'config', at: Date.now(), activityId: control.activityId, config: control.config });
    // The console's live result shows the new items (no votes yet) at once.
    room.markTally(session.activity(control.activityId)!);
  }),
  'show-outcome': live((room, session, control) => {
    if (control.outcome === null && session.outcome === null) return;
    const issue = control.outcome === null ? null : outcomeIssue(control.outcome);
    if (issue) return { refused: { code: 'outcome-invalid', args: { detail: issue } } };
    room.record({ t: 'outcome', at: Date.now(), outcome: control.outcome });
  }),
  'add-activities': live((room, session, control) => {
    const problem = session.addProblem(control.activities);
    if (problem) return { refused: problem };
    room.record({ t: 'add', at: Date.now(), activities: control.activities });
    // Phones learn of the new activities with the full state; the console sees their (empty) tallies.
    for (const spec of control.activities) room.markTally(session.activity(spec.id)!);
  }),
  roster: (room, _control, client) => room.sendRoster(client),
  display: live((room, session, control) => {
    const { page, cloud } = session.display;
    if (page !== control.page || cloud !== control.cloud)
      room.record({ t: 'display', at: Date.now(), page: control.page, cloud: control.cloud });
  }),
  'late-answers': live((room, session, control) => {
    if (session.acceptLate !== control.accept)
      room.record({ t: 'late', at: Date.now(), accept: control.accept });
  }),
  'remove-participant': live((room, session, control) => {
    const id = control.participantId;
    if (!session.participants.has(id) || session.practice.has(id))
      return { refused: { code: 'not-in-session' } };
    if (session.removed.has(id)) return;
    const touched = session.activities.filter((a) => session.answersOf(id, a.spec.id).length > 0);
    room.record({ t: 'remove', at: Date.now(), participantId: id }, () => room.removed(session, id, touched));
    for (const activity of touched) room.markTally(activity);
  }),
  'share-device': live((room, session, control) => {
    if (session.sharedDevices.has(control.address) === control.shared) return;
    room.record({ t: 'share', at: Date.now(), address: control.address, shared: control.shared });
  }),
  'end-session': live((room, session) => {
    if (session.current.phase === 'open') room.closeCurrent();
    room.clearCountdown();
    room.endSession();
  }),
};

/** Runs one control from the facilitator (anyone else is refused). */
export function runControl(room: ControlRoom, client: Client, control: ControlAction): void | Promise<void> {
  if (client.role !== 'facilitator') {
    room.error(client, 'not-allowed', "Only the facilitator's console can change the session.");
    return;
  }
  const handler = CONTROLS[control.action] as Handler<ControlActionName>;
  return handler(room, control as Control<ControlActionName>, client);
}
