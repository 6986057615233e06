import { describe, expect, it } from 'vitest';
import {
  tallyCardClassification,
  type CardClassificationConfig,
} from '../../../shared/activities/cardClassification';
import { tallyJourneyHeatmap, type JourneyHeatmapConfig } from '../../../shared/activities/journeyHeatmap';
import { activitiesOf } from '../../../shared/exercises/activities';
import type { PushPull } from '../../../shared/exercises/push-pull/schema';
import type { LiveSession, Phase, Tally } from '../../../shared/protocol';
import { findExercise, newWorkshop, type Workshop } from '../../../shared/workshop/schema';
import { hasResultTool, resultToolOf, withLiveTallies } from './resultTools';

function workshopWithCards(): Workshop {
  const w = newWorkshop('Card day', 1000);
  return {
    ...w,
    agenda: w.agenda.map((e) =>
      e.type === 'push-pull'
        ? {
            ...e,
            cards: ['Loyalty app', 'Premium tier', 'Fax line'].map((title, i) => ({
              id: `c${i}`,
              title,
              description: '',
            })),
          }
        : e,
    ),
  };
}

const pushPullOf = (w: Workshop) => findExercise(w, 'push-pull')!;
const sortSpec = (w: Workshop) => activitiesOf(pushPullOf(w), w)[0]!;

/** Votes as [card, category] pairs, one participant per pair. */
function sortTally(w: Workshop, votes: [string, string][]) {
  const config = sortSpec(w).config as CardClassificationConfig;
  return tallyCardClassification(
    config,
    votes.map(([itemId, value], i) => ({ participantId: `p${i}`, itemId, value, at: i })),
  );
}

function liveTally(w: Workshop, votes: [string, string][]): Tally {
  return {
    type: 'tally',
    seq: 7,
    activityId: sortSpec(w).id,
    kind: 'card-classification',
    result: sortTally(w, votes),
    answered: new Set(votes.map((_, i) => i)).size,
    participants: 3,
    joined: 3,
  };
}

function sessionOn(w: Workshop, phase: Phase): LiveSession {
  const spec = sortSpec(w);
  return {
    id: 's1',
    status: 'live',
    code: 'ABCDE',
    joinUrl: 'http://127.0.0.1:4870/j/ABCDE',
    workshopId: w.id,
    workshopName: w.name,
    activities: [{ id: spec.id, kind: spec.kind, title: spec.title, phase }],
    index: 0,
    current: spec,
    phase,
    revealed: false,
    timer: null,
    participants: { joined: 3, connected: 3 },
  };
}

const VOTES: [string, string][] = [
  ['c0', 'push'],
  ['c1', 'pull'],
  ['c2', 'push'],
];

describe('after-vote tools on Run live', () => {
  it('are offered for the five exercises with a board or results, not for the action plan', () => {
    const types = newWorkshop('x')
      .agenda.filter(hasResultTool)
      .map((e) => e.type);
    expect(types).toEqual(['centricity-check', 'definition', 'burden-journey', 'push-pull', 'simplify']);
  });

  it('show the live tally of an activity still open for answers', () => {
    const w = workshopWithCards();
    const { workshop: view, live } = withLiveTallies(w, sessionOn(w, 'open'), {
      [sortSpec(w).id]: liveTally(w, VOTES),
    });
    expect(live.has(pushPullOf(w).id)).toBe(true);
    expect(view.results[sortSpec(w).id]).toMatchObject({ kind: 'card-classification', answered: 3 });
    expect(w.results).toEqual({}); // the stored workshop is left alone
    const tool = resultToolOf(view, pushPullOf(view), true, 'open');
    expect(tool).toMatchObject({
      label: 'Open board',
      unavailable: null,
      status: 'Live tally · 3 of 3 cards voted on · not finalised yet',
    });
  });

  it('use the stored result once the activity closed, not the tally', () => {
    const w = workshopWithCards();
    const spec = sortSpec(w);
    const stored: Workshop = {
      ...w,
      results: {
        [spec.id]: {
          activityId: spec.id,
          kind: spec.kind,
          closedAt: 5,
          participants: 3,
          answered: 1,
          tally: sortTally(w, [['c0', 'push']]),
        },
      },
    };
    const { workshop: view, live } = withLiveTallies(stored, sessionOn(w, 'closed'), {
      [spec.id]: liveTally(w, VOTES),
    });
    expect(view).toBe(stored);
    expect(live.size).toBe(0);
    expect(resultToolOf(view, pushPullOf(view), false, 'closed').status).toBe(
      '1 of 3 cards voted on · not finalised yet',
    );
  });

  it('keep a stored result from an earlier run while a reopened activity has no answers yet', () => {
    const w = workshopWithCards();
    const spec = sortSpec(w);
    const stored: Workshop = {
      ...w,
      results: {
        [spec.id]: {
          activityId: spec.id,
          kind: spec.kind,
          closedAt: 5,
          participants: 3,
          answered: 3,
          tally: sortTally(w, VOTES),
        },
      },
    };
    const empty = { ...liveTally(w, []), answered: 0 };
    expect(withLiveTallies(stored, sessionOn(w, 'open'), { [spec.id]: empty }).workshop).toBe(stored);
  });

  it('carry the practice count of a live tally, and say so beside the tool', () => {
    const w = workshopWithCards();
    const { workshop: view } = withLiveTallies(w, sessionOn(w, 'open'), {
      [sortSpec(w).id]: { ...liveTally(w, VOTES), practice: 2 },
    });
    expect(view.results[sortSpec(w).id]).toMatchObject({ answered: 3, practice: 2 });
    expect(resultToolOf(view, pushPullOf(view), true, 'open')).toMatchObject({
      practice: true,
      status: 'Live tally · 3 of 3 cards voted on · not finalised yet · includes practice answers',
    });
    const real = withLiveTallies(w, sessionOn(w, 'open'), { [sortSpec(w).id]: liveTally(w, VOTES) });
    expect(real.workshop.results[sortSpec(w).id]!.practice).toBeUndefined();
    expect(resultToolOf(real.workshop, pushPullOf(w), true, 'open').practice).toBe(false);
  });

  it('do not bring back the tally of a closed activity whose result was cleared after the session ended', () => {
    const w = workshopWithCards();
    const ended = { ...sessionOn(w, 'closed'), status: 'ended' as const };
    const { workshop: view, live } = withLiveTallies(w, ended, {
      [sortSpec(w).id]: { ...liveTally(w, VOTES), practice: 3 },
    });
    expect(view).toBe(w);
    expect(live.size).toBe(0);
    expect(resultToolOf(view, pushPullOf(w), false, null).unavailable).toBe(
      'No votes yet: run it live first.',
    );
  });

  it('ignore tallies of another workshop’s session', () => {
    const w = workshopWithCards();
    const other = { ...sessionOn(w, 'open'), workshopId: 'someone-else' };
    const { workshop: view } = withLiveTallies(w, other, { [sortSpec(w).id]: liveTally(w, VOTES) });
    expect(view).toBe(w);
  });

  it('say why they cannot open before anyone voted, in the words of the moment', () => {
    const w = workshopWithCards();
    const tool = (phase: Phase | null) => resultToolOf(w, pushPullOf(w), false, phase).unavailable;
    expect(tool('waiting')).toBe('No votes yet: open answers first.');
    expect(tool('open')).toBe('No votes yet: it fills as the room answers.');
    expect(tool('closed')).toBe('No votes came in. Reopen answers to try again.');
    expect(tool(null)).toBe('No votes yet: run it live first.');
    const journey = findExercise(w, 'burden-journey')!;
    expect(resultToolOf(w, journey, false, null)).toMatchObject({
      label: 'Journey hot spots',
      unavailable: 'No ratings yet: run it live first.',
    });
    const noCards: PushPull = { ...pushPullOf(w), cards: [] };
    expect(resultToolOf(w, noCards, false, null).unavailable).toBe(
      'No cards to sort: add them under Prepare.',
    );
    expect(resultToolOf(w, { ...noCards, allowProposals: true }, false, null).unavailable).toBe(
      'No cards yet: approve proposals from the room, or add cards under Prepare.',
    );
  });

  it('open a saved board even without results (a workshop file with placements only)', () => {
    const w = workshopWithCards();
    const placed: PushPull = { ...pushPullOf(w), placements: { c0: 'push' } };
    expect(resultToolOf(w, placed, false, null)).toMatchObject({
      unavailable: null,
      status: '0 of 3 cards voted on · final placement saved',
    });
  });

  it('open the journey hot spots once someone rated a stage', () => {
    const w = workshopWithCards();
    const journey = findExercise(w, 'burden-journey')!;
    const spec = activitiesOf(journey, w)[0]!;
    const config = spec.config as JourneyHeatmapConfig;
    const stage = config.stages[0]!.id;
    const rated: Workshop = {
      ...w,
      results: {
        [spec.id]: {
          activityId: spec.id,
          kind: spec.kind,
          closedAt: 5,
          participants: 2,
          answered: 2,
          tally: tallyJourneyHeatmap(config, [
            { participantId: 'a', itemId: stage, value: { time: 3, worry: 1 }, at: 1 },
            { participantId: 'b', itemId: stage, value: { time: 2 }, at: 2 },
          ]),
        },
      },
    };
    expect(resultToolOf(rated, journey, false, null)).toMatchObject({
      unavailable: null,
      status: '2 people rated the journey',
    });
  });
});
