import { createElement, lazy } from 'react';
import { pushPullBoard } from '../../../shared/exercises/push-pull/board';
import { findResult } from '../../../shared/plan/results';
import { t } from '../../i18n';
import type { ExerciseViews, ToolProps } from '../types';

export const pushPullViews: ExerciseViews<'push-pull'> = {
  Editor: lazy(() => import('./Editor').then((m) => ({ default: m.PushPullEditor }))),
  tool: {
    // Getters: the words are read when shown, in the console's language of the moment.
    get label() {
      return t('session.tool.openBoard');
    },
    get title() {
      return t('session.tool.pushPull.title');
    },
    input: 'votes',
    board: true,
    state(workshop, exercise) {
      const result = findResult(workshop, exercise.id, 'card-classification')?.tally ?? null;
      const board = pushPullBoard(exercise, result);
      const cards = exercise.cards.length;
      return {
        hasData: board.voted > 0 || board.saved,
        status: t('session.tool.pushPull.status', {
          voted: board.voted,
          cards,
          saved: board.saved ? 'yes' : 'no',
        }),
        ...(cards === 0
          ? {
              empty: exercise.allowProposals
                ? t('session.tool.pushPull.noCardsProposals')
                : t('session.tool.pushPull.noCards'),
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
