import type { ReactNode } from 'react';
import type { Exercise } from '../../../shared/exercises';
import type { Workshop } from '../../../shared/workshop/schema';
import { ViewBoundary } from '../../activities/ViewBoundary';
import { viewsOf } from '../../exercises/registry';
import { BoardLayer } from '../boards/BoardLayer';
import type { UpdateWorkshop } from '../state/useWorkshop';
import { t } from '../../i18n';

/**
 * An exercise's after-vote tool over the whole window, as its definition gives it (the push/pull
 * or simplification board, definition curation, journey hot spots, centricity results): the
 * components of the Prepare tab, here fed with `workshop` as the tools should see it (live tallies
 * of open activities). Nothing for an exercise without a tool.
 */
export function ResultToolLayer({
  exercise,
  workshop,
  update,
  onClose,
  aside,
}: {
  exercise: Exercise;
  workshop: Workshop;
  update: UpdateWorkshop;
  onClose: () => void;
  aside?: ReactNode;
}) {
  const tool = viewsOf(exercise.type).tool;
  if (!tool) return null;
  const view = (
    <ViewBoundary>
      <tool.View exercise={exercise} workshop={workshop} update={update} />
    </ViewBoundary>
  );
  return (
    <BoardLayer
      title={`${exercise.title} — ${tool.title}`}
      onClose={onClose}
      aside={aside}
      closeLabel={tool.board ? t('session.closeBoard') : t('session.close')}
      {...(tool.tip ? { tip: tool.tip } : {})}
    >
      {tool.board ? (
        view
      ) : (
        <div className="result-tool" data-testid="result-tool">
          {view}
        </div>
      )}
    </BoardLayer>
  );
}
