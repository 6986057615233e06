import { useMemo } from 'react';
import type { ExerciseType } from '../../shared/exercises';
import { outcomeSchema } from '../../shared/outcomes';
import { ViewBoundary } from '../activities/ViewBoundary';
import { OUTCOME_VIEWS, type OutcomeView } from '../exercises/outcomes';
import '../exercises/outcomes.css';

/** An exercise's outcome as the facilitator put it on the projector; null when there is none to show. */
export function useOutcome(value: unknown) {
  return useMemo(() => {
    if (value == null) return null;
    const parsed = outcomeSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  }, [value]);
}

export function OutcomeStage({ outcome }: { outcome: NonNullable<ReturnType<typeof useOutcome>> }) {
  const View = OUTCOME_VIEWS[outcome.type] as OutcomeView<ExerciseType>;
  return (
    <section className="stage outcome" data-testid="projector-outcome" data-outcome={outcome.type}>
      <p className="stage__step">Outcome</p>
      <h1 className="outcome__title">{outcome.title}</h1>
      <div className="outcome__body">
        <ViewBoundary>
          <View outcome={outcome as never} />
        </ViewBoundary>
      </div>
    </section>
  );
}
