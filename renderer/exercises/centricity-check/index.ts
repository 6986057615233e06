import { lazy } from 'react';
import { t } from '../../i18n';
import { answeredOf } from '../toolStatus';
import type { ExerciseViews } from '../types';

export const centricityCheckViews: ExerciseViews<'centricity-check'> = {
  Editor: lazy(() => import('./Editor').then((m) => ({ default: m.CentricityCheckEditor }))),
  tool: {
    // Getters: the words are read when shown, in the console's language of the moment.
    get label() {
      return t('session.tool.centricity.label');
    },
    get title() {
      return t('session.tool.centricity.title');
    },
    get tip() {
      return t('session.tool.centricity.tip');
    },
    input: 'scores',
    board: false,
    state(workshop, exercise) {
      const answered = answeredOf(workshop, exercise.id);
      return { hasData: answered > 0, status: t('session.tool.centricity.status', { answered }) };
    },
    View: lazy(() => import('./CentricityResults').then((m) => ({ default: m.CentricityResults }))),
  },
};
