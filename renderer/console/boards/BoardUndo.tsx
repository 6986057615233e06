import { useWorkshopHistory } from '../state/workshopHistory';

/** The scope of the steps made on one exercise's board. */
export const boardScope = (exerciseId: string) => `board:${exerciseId}`;

/**
 * The board's Undo button, next to the cards: the workshop's own undo (the same step Ctrl+Z takes
 * back), offered while the last step was made on this board.
 */
export function BoardUndo({ exerciseId }: { exerciseId: string }) {
  const { undo, undoStep } = useWorkshopHistory();
  const step = undoStep?.scope === boardScope(exerciseId) ? undoStep : null;
  return (
    <button
      className="btn"
      onClick={undo}
      disabled={!step}
      title={
        step
          ? `Undo the ${step.label ?? 'last change on this board'} (Ctrl+Z)`
          : 'Nothing to undo on this board'
      }
    >
      ↶ Undo{step?.label ? ` ${step.label}` : ''}
    </button>
  );
}
