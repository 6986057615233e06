import type { ComponentType } from 'react';
import type { ExerciseType } from '../../../shared/exercises';
import { ActionPlanEditor } from './ActionPlanEditor';
import { BurdenJourneyEditor } from './BurdenJourneyEditor';
import { CentricityCheckEditor } from './CentricityCheckEditor';
import { DefinitionEditor } from './DefinitionEditor';
import { PushPullEditor } from './PushPullEditor';
import { SimplifyEditor } from './SimplifyEditor';
import type { EditorProps } from './types';

/** The content editor of each exercise type, shown beside the agenda. */
export const EXERCISE_EDITORS: { [T in ExerciseType]: ComponentType<EditorProps<T>> } = {
  'centricity-check': CentricityCheckEditor,
  definition: DefinitionEditor,
  'burden-journey': BurdenJourneyEditor,
  'push-pull': PushPullEditor,
  simplify: SimplifyEditor,
  'action-plan': ActionPlanEditor,
};
