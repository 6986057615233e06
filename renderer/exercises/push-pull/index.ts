import { createElement, lazy } from 'react';
import { pushPullBoard } from '../../../shared/exercises/push-pull/board';
import { findResult } from '../../../shared/plan/results';
import { plural } from '../toolStatus';
import type { ExerciseViews, ToolProps } from '../types';

export const pushPullViews: ExerciseViews<'push-pull'> = {
  Editor: lazy(() => import('./Editor').then((m) => ({ default: m.PushPullEditor }))),
  tool: {
    label: 'Open board',
    title: 'board',
    input: 'votes',
    board: true,
    state(workshop, exercise) {
      const result = findResult(workshop, exercise.id, 'card-classification')?.tally ?? null;
      const board = pushPullBoard(exercise, result);
      const cards = exercise.cards.length;
      return {
        hasData: board.voted > 0 || board.saved,
        status: `${board.voted} of ${plural(cards, 'card')} voted on · ${board.saved ? 'final placement saved' : 'not finalised yet'}`,
        ...(cards === 0
          ? {
              empty: exercise.allowProposals
                ? 'No cards yet: approve proposals from the room, or add cards under Prepare.'
                : 'No cards to sort: add them under Prepare.',
            }
          : {}),
      };
    },
    View: lazy(() =>
      import('./Board').then((m) => ({
        default: ({ exercise, workshop, update }: ToolProps<'push-pull'>) =>
          createElement(m.PushPullBoard, { workshop, update, exerciseId: exercise.id }),
      })),
    ),
  },
};
