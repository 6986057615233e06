import { describe, expect, it } from 'vitest';
import type { ClosedResults, LiveSession } from '../../../shared/protocol';
import { newWorkshop } from '../../../shared/workshop/schema';
import { liveActivities, reachableByPhones, sessionFit, unusedDots, withClosedResult } from './liveAgenda';

const workshop = newWorkshop('Spring workshop', 1000);
const check = workshop.agenda[0]!;

function session(workshopId: string, status: LiveSession['status'] = 'live'): LiveSession {
  return {
    id: 's1',
    status,
    code: 'ABCDE',
    joinUrl: 'http://127.0.0.1:4870/j/ABCDE',
    workshopId,
    workshopName: 'x',
    activities: [],
    index: 0,
    current: {
      id: `${check.id}:questions`,
      exerciseId: check.id,
      kind: 'scale-poll',
      title: '',
      prompt: '',
      config: {},
    },
    phase: 'open',
    revealed: false,
    timer: null,
    participants: { joined: 0, connected: 0 },
  };
}

const closed = (activityId: string, answered = 3): ClosedResults => ({
  type: 'closed-results',
  seq: 4,
  result: { activityId, kind: 'scale-poll', closedAt: 5000, participants: 3, answered, tally: { items: [] } },
});

describe('live agenda', () => {
  it('runs the default agenda starting with the centricity check poll', () => {
    const activities = liveActivities(workshop);
    expect(activities[0]).toMatchObject({ id: `${check.id}:questions`, kind: 'scale-poll' });
    expect(new Set(activities.map((a) => a.id)).size).toBe(activities.length);
  });

  it('tells this workshop’s session from another one or none', () => {
    expect(sessionFit(null, workshop.id)).toBe('none');
    expect(sessionFit(session(workshop.id), workshop.id)).toBe('this');
    expect(sessionFit(session('other'), workshop.id)).toBe('other');
    expect(sessionFit(session(workshop.id, 'ended'), workshop.id)).toBe('none');
  });

  it('stores a closed activity’s result in the workshop', () => {
    const next = withClosedResult(workshop, session(workshop.id), closed(`${check.id}:questions`));
    expect(next?.results[`${check.id}:questions`]).toEqual({
      activityId: `${check.id}:questions`,
      kind: 'scale-poll',
      closedAt: 5000,
      participants: 3,
      answered: 3,
      tally: { items: [] },
    });
    // Replayed after a reconnect: nothing to write.
    expect(withClosedResult(next!, session(workshop.id), closed(`${check.id}:questions`))).toBeNull();
    // Reopened and closed again with more answers: updated.
    expect(withClosedResult(next!, session(workshop.id), closed(`${check.id}:questions`, 4))).not.toBeNull();
  });

  it('stores the answers behind a result, and a changed answer is a change to save', () => {
    const id = `${check.id}:questions`;
    const answers = [{ participant: 1, item: 'q1', value: 4, at: 4000 }];
    const message = closed(id);
    const withAnswers = { ...message, result: { ...message.result, answers } };
    const next = withClosedResult(workshop, session(workshop.id), withAnswers);
    expect(next?.results[id]?.answers).toEqual(answers);
    const changed = { ...message, result: { ...message.result, answers: [{ ...answers[0]!, value: 5 }] } };
    expect(withClosedResult(next!, session(workshop.id), changed)?.results[id]?.answers?.[0]?.value).toBe(5);
  });

  it('never stores results of another workshop’s session or of unknown exercises', () => {
    expect(withClosedResult(workshop, session('other'), closed(`${check.id}:questions`))).toBeNull();
    expect(withClosedResult(workshop, session(workshop.id), closed('gone:questions'))).toBeNull();
    // A quick question typed during the session belongs to no exercise and is kept all the same.
    expect(
      withClosedResult(workshop, session(workshop.id), closed('quick:abc'))?.results['quick:abc'],
    ).toBeDefined();
    expect(withClosedResult(workshop, null, closed(`${check.id}:questions`))).toBeNull();
  });

  it('counts dots participants have not placed yet', () => {
    const config = { options: [{ id: 'a', label: 'A' }], dots: 3 };
    expect(unusedDots(config, { ranking: [], participants: 2, dotsUsed: 4 }, 3)).toBe(5);
    expect(unusedDots(config, { ranking: [], participants: 2, dotsUsed: 9 }, 2)).toBe(0);
  });
});

describe('join link', () => {
  it('warns when phones cannot reach the join URL', () => {
    expect(reachableByPhones('http://127.0.0.1:4873/j/ABCDE')).toBe(false);
    expect(reachableByPhones('http://localhost:4873/j/ABCDE')).toBe(false);
    expect(reachableByPhones('http://192.168.1.20:4873/j/ABCDE')).toBe(true);
    expect(reachableByPhones('not a url')).toBe(false);
  });
});
