import { createElement, lazy } from 'react';
import { simplifyBoard } from '../../../shared/exercises/simplify/board';
import { findResult } from '../../../shared/plan/results';
import { plural } from '../toolStatus';
import type { ExerciseViews, ToolProps } from '../types';

export const simplifyViews: ExerciseViews<'simplify'> = {
  Editor: lazy(() => import('./Editor').then((m) => ({ default: m.SimplifyEditor }))),
  tool: {
    label: 'Open board',
    title: 'decisions',
    input: 'ratings',
    board: true,
    state(workshop, exercise) {
      const result = findResult(workshop, exercise.id, 'two-axis-rating')?.tally ?? null;
      const board = simplifyBoard(workshop, exercise, result);
      return {
        hasData: board.rated > 0 || board.saved,
        status: `${board.rated} of ${plural(exercise.offerings.length, 'offering')} rated · ${board.saved ? 'decisions saved' : 'not decided yet'}`,
        ...(exercise.offerings.length === 0
          ? { empty: 'No offerings to rate: add them under Prepare.' }
          : {}),
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
