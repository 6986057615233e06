import { lazy } from 'react';
import type { ExerciseViews } from '../types';

/** No after-vote tool: its results are read in Run live and printed in the plan. */
export const ownViews: ExerciseViews<'own'> = {
  Editor: lazy(() => import('./Editor').then((m) => ({ default: m.OwnEditor }))),
};
