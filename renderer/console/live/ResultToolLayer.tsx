import type { ReactNode } from 'react';
import type { Definition } from '../../../shared/exercises/definition/schema';
import type { Workshop } from '../../../shared/workshop/schema';
import { BoardLayer } from '../boards/BoardLayer';
import { PushPullBoard } from '../boards/PushPullBoard';
import { SimplifyBoard } from '../boards/SimplifyBoard';
import { withExercise } from '../boards/withExercise';
import { CentricityResults } from '../centricity/CentricityResults';
import { DefinitionWorkbench } from '../definition/DefinitionWorkbench';
import { JourneyResults } from '../journey/JourneyResults';
import type { UpdateWorkshop } from '../state/useWorkshop';
import type { ToolExercise } from './resultTools';

/** The same curation and writing as under Prepare, for the room's statements. */
function DefinitionTool({
  exercise,
  workshop,
  update,
}: {
  exercise: Definition;
  workshop: Workshop;
  update: UpdateWorkshop;
}) {
  // Typing in one field is one undo step, as in the exercise editor.
  const change = (changed: Definition, coalesce?: string) =>
    update((w) => withExercise(w, changed), {
      coalesce: coalesce && `${changed.id}.${coalesce}`,
      label: 'edit of the definition',
    });
  return (
    <DefinitionWorkbench
      exercise={exercise}
      workshop={workshop}
      onChange={change}
      empty={<p className="muted">No statements from the room yet.</p>}
    />
  );
}

const TITLES: Record<ToolExercise['type'], string> = {
  'push-pull': 'board',
  simplify: 'decisions',
  definition: 'definition',
  'burden-journey': 'hot spots',
  'centricity-check': 'results',
};

const TIPS: Partial<Record<ToolExercise['type'], string>> = {
  definition: 'Tick statements that say the same to merge them; click a top statement to insert it.',
  'burden-journey': 'Click a cell or a hot spot to make it an initiative candidate. Ctrl+Z undoes.',
  'centricity-check': 'The room’s scores, compared with this organisation’s earlier workshops.',
};

/**
 * An exercise's after-vote tool over the whole window: the push/pull or simplification board,
 * definition curation, journey hot spots or centricity results — the components of the Prepare
 * tab, here fed with `workshop` as the tools should see it (live tallies of open activities).
 */
export function ResultToolLayer({
  exercise,
  workshop,
  update,
  onClose,
  aside,
}: {
  exercise: ToolExercise;
  workshop: Workshop;
  update: UpdateWorkshop;
  onClose: () => void;
  aside?: ReactNode;
}) {
  const board = exercise.type === 'push-pull' || exercise.type === 'simplify';
  return (
    <BoardLayer
      title={`${exercise.title} — ${TITLES[exercise.type]}`}
      onClose={onClose}
      aside={aside}
      closeLabel={board ? 'Close the board' : 'Close'}
      {...(TIPS[exercise.type] ? { tip: TIPS[exercise.type] } : {})}
    >
      {exercise.type === 'push-pull' ? (
        <PushPullBoard workshop={workshop} update={update} exerciseId={exercise.id} />
      ) : exercise.type === 'simplify' ? (
        <SimplifyBoard workshop={workshop} update={update} exerciseId={exercise.id} />
      ) : (
        <div className="result-tool" data-testid="result-tool">
          {exercise.type === 'definition' ? (
            <DefinitionTool exercise={exercise} workshop={workshop} update={update} />
          ) : exercise.type === 'burden-journey' ? (
            <section className="editor-section" aria-label="Burden heatmap">
              <JourneyResults workshop={workshop} exercise={exercise} update={update} />
            </section>
          ) : (
            <CentricityResults workshop={workshop} exercise={exercise} />
          )}
        </div>
      )}
    </BoardLayer>
  );
}
