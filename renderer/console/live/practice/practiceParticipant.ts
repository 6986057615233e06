import { parseOpenTextItem } from '../../../../shared/activities/openText';
import {
  simulateAnswers,
  simulateRevision,
  simulateUpvotes,
  type Random,
  type SimulatedAnswer,
} from '../../../../shared/activities/simulate';
import type { ActivitySpecMessage, ErrorMessage, HubMessage, LiveSession } from '../../../../shared/protocol';
import { AnswerQueue } from '../../../ui/hub/answerQueue';
import { HubClient, type ClientEnvironment, type ConnectionState } from '../../../ui/hub/client';
import { practiceTexts } from './practiceTexts';

export interface PracticeParticipantOptions {
  /** ws://127.0.0.1:PORT/ws: the hub on this machine. */
  url: string;
  code: string;
  /** The facilitator's key: the hub takes practice participants only from the console. */
  token: string;
  /** 0, 1, 2…: which person this is (what they write, how generously they rate). */
  index: number;
  random: Random;
  env?: ClientEnvironment;
  onChange?: () => void;
}

/** Joining, in the room, or gone (removed, session over, or refused by the hub). */
export type PracticeStatus = 'joining' | 'connected' | 'reconnecting' | 'left' | 'refused';

/** One thing the person does after a pause: answer, revise, upvote. */
interface Step {
  delayMs: number;
  make: () => SimulatedAnswer[];
}

interface Plan {
  steps: Step[];
  next: number;
}

/** Answers come in over the first few seconds after opening, one item after another. */
const FIRST_ANSWER_MS = { min: 600, max: 5000 };
/** All items of one person within about this long, however many there are (a 500-card sort). */
const ITEMS_WITHIN_MS = 6000;
const REVISE_CHANCE = 0.35;

/**
 * A simulated person in the live session: joins like a phone (same protocol, same hub, same
 * acks) and answers the current activity while it is open, at a human pace, sometimes changing
 * their mind. Never sends anything for an activity that is not open.
 */
export class PracticeParticipant {
  private readonly client: HubClient;
  private identity: { participantId: string; secret: string } | null = null;
  private session: LiveSession | null = null;
  private status: PracticeStatus = 'joining';
  private problem: ErrorMessage | null = null;
  /** activityId → item → latest value given (the hub's your-answers, then our own sends). */
  private readonly given = new Map<string, Map<string, unknown>>();
  private readonly plans = new Map<string, Plan>();
  /** The page of others' statements this practice phone sees (open text). */
  private sharedPage: { activityId: string; statements: ReadonlyArray<{ id: string }> } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The activity the pending step is for. */
  private timerFor: string | null = null;
  private acked = 0;
  private rejected = 0;

  constructor(private readonly options: PracticeParticipantOptions) {
    this.client = new HubClient({
      url: options.url,
      hello: () => ({
        role: 'participant',
        code: options.code,
        practice: true,
        token: options.token,
        ...(this.identity ?? {}),
      }),
      queue: new AnswerQueue(null, 'practice'),
      env: options.env,
      onMessage: (message) => this.receive(message),
      onConnection: (state) => this.connectionChanged(state),
      onFatal: (error) => {
        this.problem = error;
        this.leave(error.code === 'session-ended' || error.code === 'unknown-code' ? 'left' : 'refused');
      },
    });
  }

  get view() {
    return { status: this.status, acked: this.acked, rejected: this.rejected, problem: this.problem };
  }

  start(): void {
    this.client.start();
  }

  /** Leaves the room: the socket closes and nothing more is sent. */
  stop(): void {
    this.leave('left');
  }

  private leave(status: PracticeStatus): void {
    this.pause();
    this.client.stop();
    this.setStatus(status);
  }

  private connectionChanged(state: ConnectionState): void {
    if (this.status === 'left' || this.status === 'refused') return;
    this.setStatus(
      state === 'connected' ? 'connected' : this.status === 'joining' ? 'joining' : 'reconnecting',
    );
    if (state !== 'connected') this.pause();
  }

  private setStatus(status: PracticeStatus): void {
    if (status === this.status) return;
    this.status = status;
    this.options.onChange?.();
  }

  private receive(message: HubMessage): void {
    switch (message.type) {
      case 'welcome':
        if (message.you.participantId && message.you.secret)
          this.identity = { participantId: message.you.participantId, secret: message.you.secret };
        this.session = message.snapshot.session;
        break;
      case 'state':
        this.session = message.session;
        break;
      case 'your-answers':
        this.given.set(message.activityId, new Map(message.answers.map((a) => [a.itemId, a.value])));
        break;
      case 'page':
        this.sharedPage = { activityId: message.activityId, statements: message.statements };
        break;
      case 'ack':
        if (message.status === 'rejected') {
          this.rejected += 1;
          // What the hub holds is the truth: ask for it rather than guess.
          this.client.send({ type: 'resync' });
        } else this.acked += 1;
        this.options.onChange?.();
        break;
      default:
        break;
    }
    this.consider();
  }

  /** Starts, resumes or pauses answering to match the session: only an open activity gets answers. */
  private consider(): void {
    const session = this.session;
    if (session?.status === 'ended') {
      this.leave('left');
      return;
    }
    if (!session || session.phase !== 'open' || this.status !== 'connected') {
      this.pause();
      return;
    }
    const activity = session.current;
    if (this.timer && this.timerFor === activity.id) return;
    this.pause();
    // Until the hub says what we answered before (a reopened activity), we do not know where to start.
    const given = this.given.get(activity.id);
    if (!given) return;
    let plan = this.plans.get(activity.id);
    if (!plan) {
      plan = { steps: this.planFor(activity, given.size > 0), next: 0 };
      this.plans.set(activity.id, plan);
    }
    this.schedule(activity, plan);
  }

  private schedule(activity: ActivitySpecMessage, plan: Plan): void {
    const step = plan.steps[plan.next];
    if (!step) return;
    this.timerFor = activity.id;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.timerFor = null;
      const session = this.session;
      const stillOpen =
        session?.current.id === activity.id && session.phase === 'open' && this.status === 'connected';
      if (!stillOpen) return;
      // Moved on before sending: an ack that arrives at once must not see this step as still to do.
      plan.next += 1;
      for (const answer of step.make()) this.send(activity.id, answer);
      this.consider();
    }, step.delayMs);
  }

  private pause(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.timerFor = null;
  }

  private send(activityId: string, answer: SimulatedAnswer): void {
    let given = this.given.get(activityId);
    if (!given) this.given.set(activityId, (given = new Map()));
    given.set(answer.itemId, answer.value);
    this.client.answer(activityId, answer.itemId, answer.value);
  }

  /** What this person will do in this activity, each step after a pause. */
  private planFor(activity: ActivitySpecMessage, answeredBefore: boolean): Step[] {
    const { random, index } = this.options;
    const between = (min: number, max: number) => min + random() * (max - min);
    const givenNow = (): SimulatedAnswer[] =>
      [...(this.given.get(activity.id) ?? [])].map(([itemId, value]) => ({ itemId, value }));
    const revise: Step = {
      delayMs: between(1500, 5000),
      make: () => simulateRevision(activity, givenNow(), index, random),
    };
    // Back in a reopened activity: they answered already, at most they change their mind.
    if (answeredBefore) return random() < REVISE_CHANCE ? [revise] : [];

    // They write in the room's language, as the phones around them would.
    const texts = practiceTexts(this.session?.language ?? 'en', activity, index);
    const answers = simulateAnswers(activity, index, random, { texts });
    const gap = Math.min(450, ITEMS_WITHIN_MS / Math.max(1, answers.length));
    const steps: Step[] = answers.map((answer, i) => ({
      delayMs: i === 0 ? between(FIRST_ANSWER_MS.min, FIRST_ANSWER_MS.max) : between(gap / 3, gap),
      make: () => [answer],
    }));
    if (activity.kind === 'open-text') {
      const own = new Set(
        answers.map((a) => parseOpenTextItem(a.itemId)?.statementId).filter((id): id is string => !!id),
      );
      // Others' statements reach phones a page at a time, changes about once a second; if there
      // are none to upvote yet, look again a little later.
      let looks = 0;
      const upvote: Step = {
        delayMs: between(2500, 7000),
        make: () => {
          const page = this.sharedPage;
          const found = page?.activityId === activity.id ? simulateUpvotes(page.statements, own, random) : [];
          if (found.length === 0 && ++looks < 3) steps.splice(steps.lastIndexOf(upvote) + 1, 0, upvote);
          return found;
        },
      };
      steps.push(upvote);
    }
    if (random() < REVISE_CHANCE) steps.push(revise);
    return steps;
  }
}
