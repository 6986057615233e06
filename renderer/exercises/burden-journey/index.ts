import { lazy } from 'react';
import { findResult } from '../../../shared/plan/results';
import { answeredOf, plural } from '../toolStatus';
import type { ExerciseViews } from '../types';

export const burdenJourneyViews: ExerciseViews<'burden-journey'> = {
  Editor: lazy(() => import('./Editor').then((m) => ({ default: m.BurdenJourneyEditor }))),
  tool: {
    label: 'Journey hot spots',
    title: 'hot spots',
    tip: 'Click a cell or a hot spot to make it an initiative candidate. Ctrl+Z undoes.',
    input: 'ratings',
    board: false,
    state(workshop, exercise) {
      const answered = answeredOf(workshop, exercise.id);
      return {
        hasData: !!findResult(workshop, exercise.id, 'journey-heatmap') && answered > 0,
        status: `${plural(answered, 'person', 'people')} rated the journey`,
      };
    },
    View: lazy(() => import('./JourneyTool').then((m) => ({ default: m.JourneyTool }))),
  },
};
