import type { ComponentType, LazyExoticComponent } from 'react';
import type { ExerciseOf, ExerciseType } from '../../shared/exercises';
import type { Workshop } from '../../shared/workshop/schema';
import type { UpdateWorkshop } from '../console/state/useWorkshop';

/**
 * A view loaded when first shown (React.lazy, drawn inside a `ViewBoundary`), so each surface loads
 * only the views it shows: the projector holds no editor or board.
 */
export type LazyView<P> = LazyExoticComponent<ComponentType<P>>;

export interface EditorProps<T extends ExerciseType> {
  exercise: ExerciseOf<T>;
  /** `coalesce` names the field being typed in, so typing is one undo step. */
  onChange: (exercise: ExerciseOf<T>, coalesce?: string) => void;
  workshop: Workshop;
  update: UpdateWorkshop;
}

export interface ToolProps<T extends ExerciseType> {
  exercise: ExerciseOf<T>;
  /** The workshop as the tool should see it: live tallies of open activities included. */
  workshop: Workshop;
  update: UpdateWorkshop;
}

/** Where an exercise's results stand, for its tool's button and the line beside it. */
export interface ToolState {
  /** A few words on the results: "6 of 6 cards voted on · not finalised yet". */
  status: string;
  /** There is something to open the tool on. */
  hasData: boolean;
  /** Why it cannot open whatever the room does (nothing to vote on), when that is the reason. */
  empty?: string;
}

/** The tool Run live opens to finish an exercise's results after the vote (B, or its button). */
export interface ResultToolDefinition<T extends ExerciseType> {
  /** The button's words, the same on Run live and in the summary after the session. */
  label: string;
  /** What the tool is, after the exercise's title over it: "board", "hot spots". */
  title: string;
  tip?: string;
  /** What the room gives it, for "No votes yet". */
  input: string;
  /** A board of cards or offerings (closed with "Close the board"), else a panel of results. */
  board: boolean;
  state: (workshop: Workshop, exercise: ExerciseOf<T>) => ToolState;
  View: LazyView<ToolProps<T>>;
}

/**
 * What the console shows of one exercise type, kept in the type's folder
 * (`renderer/exercises/<type>/index.ts`) and listed in `renderer/exercises/registry.ts`; the
 * projector's outcome views are listed apart, in `renderer/exercises/outcomeViews.ts`.
 */
export interface ExerciseViews<T extends ExerciseType> {
  /** Its content form under Prepare, beside the agenda. */
  Editor: LazyView<EditorProps<T>>;
  /** Its after-vote tool in Run live, when it has one. */
  tool?: ResultToolDefinition<T>;
}
