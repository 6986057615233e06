import type { ExerciseViews } from '../types';
import { ActionPlanEditor } from './Editor';
import { ActionPlanOutcome } from './Outcome';

/** No after-vote tool: the action plan page is where its results are finished. */
export const actionPlanViews: ExerciseViews<'action-plan'> = {
  Editor: ActionPlanEditor,
  Outcome: ActionPlanOutcome,
};
