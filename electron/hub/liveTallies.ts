import type { LiveTally, StoredAnswer } from '../../shared/activities/kind';
import { PAGE_SIZE, type Page } from '../../shared/protocol';
import type { SessionActivity } from './sessionActivities';

export type PageBody = Omit<Page, 'seq' | 'type'>;

/**
 * The tallies of a session's activities kept one answer at a time, for kinds that can (open text,
 * card sort): an answer costs the same however many came before it. Other kinds are tallied
 * from the stored answers, at most once per broadcast.
 */
export class LiveTallies {
  private readonly tallies = new Map<string, LiveTally<unknown, unknown>>();

  /** Starts (or restarts, after a config change or a removal) the activity's tally from these answers. */
  start(activity: SessionActivity, answers: Iterable<StoredAnswer<unknown>>): void {
    const live = activity.kind.live?.(activity.config);
    if (!live) {
      this.tallies.delete(activity.spec.id);
      return;
    }
    this.tallies.set(activity.spec.id, live);
    for (const a of answers) live.apply(a);
  }

  /** A participant's answer as journaled, and the value and time of the one it replaces. */
  apply(
    answer: StoredAnswer<unknown> & { activityId: string },
    previous?: { value: unknown; at: number },
  ): void {
    const live = this.tallies.get(answer.activityId);
    if (!live) return;
    const { participantId, itemId } = answer;
    live.apply(
      { participantId, itemId, value: answer.value, at: answer.at },
      previous && { participantId, itemId, value: previous.value, at: previous.at },
    );
  }

  /** The live result, or undefined when the kind has no live tally. */
  result(activityId: string): { result: unknown } | undefined {
    const live = this.tallies.get(activityId);
    return live && { result: live.result() };
  }

  /** One page of what phones see of the activity (open text's statements), or null for other kinds. */
  page(activity: SessionActivity, page: number): PageBody | null {
    const found = this.tallies.get(activity.spec.id)?.page?.(page, PAGE_SIZE) as
      Omit<PageBody, 'activityId'> | undefined;
    return found ? { activityId: activity.spec.id, ...found } : null;
  }

  /** The pages phones see of the activity that changed since the last call. */
  takeChangedPages(activity: SessionActivity): number[] {
    return this.tallies.get(activity.spec.id)?.takeChangedPages?.(PAGE_SIZE) ?? [];
  }
}
