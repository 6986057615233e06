import { t } from '../../i18n';
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
          ? step.label
            ? t('boards.undo.titleOf', { label: step.label })
            : t('boards.undo.title')
          : t('boards.undo.nothing')
      }
    >
      {step?.label ? t('boards.undo.buttonOf', { label: step.label }) : t('boards.undo.button')}
    </button>
  );
}
