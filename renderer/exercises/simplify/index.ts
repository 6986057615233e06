import { createElement, lazy } from 'react';
import { simplifyBoard } from '../../../shared/exercises/simplify/board';
import { findResult } from '../../../shared/plan/results';
import { t } from '../../i18n';
import type { ExerciseViews, ToolProps } from '../types';

export const simplifyViews: ExerciseViews<'simplify'> = {
  Editor: lazy(() => import('./Editor').then((m) => ({ default: m.SimplifyEditor }))),
  tool: {
    // Getters: the words are read when shown, in the console's language of the moment.
    get label() {
      return t('session.tool.openBoard');
    },
    get title() {
      return t('session.tool.simplify.title');
    },
    input: 'ratings',
    board: true,
    state(workshop, exercise) {
      const result = findResult(workshop, exercise.id, 'two-axis-rating')?.tally ?? null;
      const board = simplifyBoard(workshop, exercise, result);
      return {
        hasData: board.rated > 0 || board.saved,
        status: t('session.tool.simplify.status', {
          rated: board.rated,
          offerings: exercise.offerings.length,
          saved: board.saved ? 'yes' : 'no',
        }),
        ...(exercise.offerings.length === 0 ? { empty: t('session.tool.simplify.noOfferings') } : {}),
      };
    },
    View: lazy(() =>
      import('./Board').then((m) => ({
        default: ({ exercise, workshop, update }: ToolProps<'simplify'>) =>
          createElement(m.SimplifyBoard, { workshop, update, exerciseId: exercise.id }),
      })),
    ),
  },
};
