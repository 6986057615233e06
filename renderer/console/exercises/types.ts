import type { ExerciseOf, ExerciseType } from '../../../shared/exercises';
import type { Workshop } from '../../../shared/workshop/schema';
import type { UpdateWorkshop } from '../state/useWorkshop';

export interface EditorProps<T extends ExerciseType> {
  exercise: ExerciseOf<T>;
  /** `coalesce` names the field being typed in, so typing is one undo step. */
  onChange: (exercise: ExerciseOf<T>, coalesce?: string) => void;
  workshop: Workshop;
  update: UpdateWorkshop;
}
