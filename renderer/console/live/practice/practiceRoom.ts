import { seededRandom } from '../../../../shared/activities/simulate';
import type { ErrorCode } from '../../../../shared/protocol';
import type { ClientEnvironment } from '../../../ui/hub/client';
import { PracticeParticipant } from './practiceParticipant';

/** The most simulated participants one console runs: enough to fill a projector, light on the laptop. */
export const MAX_PRACTICE_PARTICIPANTS = 30;

export interface PracticeRoomOptions {
  /** ws://127.0.0.1:PORT/ws */
  url: string;
  code: string;
  token: string;
  /** Seeds each person's random source; a fixed one makes a test repeat. */
  seed?: number;
  env?: ClientEnvironment;
}

export interface PracticeRoomView {
  /** Simulated participants added and not removed (joining, in the room or reconnecting). */
  participants: number;
  connected: number;
  /** Answers the hub acknowledged / refused. */
  acked: number;
  rejected: number;
  /** Why the hub turned them away, if it did (its words, and its code for the console's own). */
  problem: string | null;
  problemCode: ErrorCode | null;
}

const EMPTY: PracticeRoomView = {
  participants: 0,
  connected: 0,
  acked: 0,
  rejected: 0,
  problem: null,
  problemCode: null,
};

/**
 * The console's practice room: simulated participants who join this session over loopback like
 * phones, so a facilitator alone can see Run live, the projector and the boards with answers
 * coming in. An external store for useSyncExternalStore.
 */
export class PracticeRoom {
  private people: PracticeParticipant[] = [];
  /** Keeps counting across add / remove, so new people write new lines. */
  private nextIndex = 0;
  private view: PracticeRoomView = EMPTY;
  private readonly listeners = new Set<() => void>();
  private readonly seed: number;

  constructor(private readonly options: PracticeRoomOptions) {
    this.seed = options.seed ?? Math.floor(Math.random() * 2 ** 32);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): PracticeRoomView => this.view;

  /** How many more fit under MAX_PRACTICE_PARTICIPANTS. */
  get room(): number {
    return MAX_PRACTICE_PARTICIPANTS - this.view.participants;
  }

  /** Adds up to `count` people (never past the maximum); they join at once. */
  add(count: number): void {
    const adding = Math.max(0, Math.min(Math.floor(count), this.room));
    for (let i = 0; i < adding; i++) {
      const index = this.nextIndex++;
      const person = new PracticeParticipant({
        url: this.options.url,
        code: this.options.code,
        token: this.options.token,
        index,
        random: seededRandom((this.seed + index * 7919) >>> 0),
        env: this.options.env,
        onChange: () => this.refresh(),
      });
      this.people.push(person);
      person.start();
    }
    this.refresh();
  }

  /** Everyone leaves: their sockets close, the hub counts them gone. */
  removeAll(): void {
    const leaving = this.people;
    this.people = [];
    for (const person of leaving) person.stop();
    this.refresh();
  }

  private refresh(): void {
    const views = this.people.map((p) => p.view);
    // The people the hub refused or whose session ended are gone: they no longer count.
    const here = views.filter((v) => v.status !== 'left' && v.status !== 'refused');
    const refused = views.find((v) => v.status === 'refused')?.problem;
    const next: PracticeRoomView = {
      participants: here.length,
      connected: here.filter((v) => v.status === 'connected').length,
      acked: views.reduce((n, v) => n + v.acked, 0),
      rejected: views.reduce((n, v) => n + v.rejected, 0),
      problem: refused?.message ?? null,
      problemCode: refused?.code ?? null,
    };
    if (JSON.stringify(next) === JSON.stringify(this.view)) return;
    this.view = next;
    for (const listener of this.listeners) listener();
  }
}
