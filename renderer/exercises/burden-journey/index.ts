import { lazy } from 'react';
import { findResult } from '../../../shared/plan/results';
import { t } from '../../i18n';
import { answeredOf } from '../toolStatus';
import type { ExerciseViews } from '../types';

export const burdenJourneyViews: ExerciseViews<'burden-journey'> = {
  Editor: lazy(() => import('./Editor').then((m) => ({ default: m.BurdenJourneyEditor }))),
  tool: {
    // Getters: the words are read when shown, in the console's language of the moment.
    get label() {
      return t('session.tool.journey.label');
    },
    get title() {
      return t('session.tool.journey.title');
    },
    get tip() {
      return t('session.tool.journey.tip');
    },
    input: 'ratings',
    board: false,
    state(workshop, exercise) {
      const answered = answeredOf(workshop, exercise.id);
      return {
        hasData: !!findResult(workshop, exercise.id, 'journey-heatmap') && answered > 0,
        status: t('session.tool.journey.status', { answered }),
      };
    },
    View: lazy(() => import('./JourneyTool').then((m) => ({ default: m.JourneyTool }))),
  },
};
