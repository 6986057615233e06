import { lazy } from 'react';
import type { ExerciseViews } from '../types';

/** No after-vote tool: the action plan page is where its results are finished. */
export const actionPlanViews: ExerciseViews<'action-plan'> = {
  Editor: lazy(() => import('./Editor').then((m) => ({ default: m.ActionPlanEditor }))),
};
