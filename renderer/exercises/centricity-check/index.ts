import { lazy } from 'react';
import { answeredOf, plural } from '../toolStatus';
import type { ExerciseViews } from '../types';

export const centricityCheckViews: ExerciseViews<'centricity-check'> = {
  Editor: lazy(() => import('./Editor').then((m) => ({ default: m.CentricityCheckEditor }))),
  tool: {
    label: 'Centricity results',
    title: 'results',
    tip: 'The room’s scores, compared with this organisation’s earlier workshops.',
    input: 'scores',
    board: false,
    state(workshop, exercise) {
      const answered = answeredOf(workshop, exercise.id);
      return { hasData: answered > 0, status: `${plural(answered, 'person', 'people')} answered` };
    },
    View: lazy(() => import('./CentricityResults').then((m) => ({ default: m.CentricityResults }))),
  },
};
