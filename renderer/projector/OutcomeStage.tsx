import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { outcomeSchema } from '../../shared/outcomeSchema';
import { ViewBoundary } from '../activities/ViewBoundary';
import { OUTCOME_VIEW_OF } from '../exercises/outcomeViews';
import { t } from '../i18n';
import '../exercises/outcomes.css';

/** An exercise's outcome as the facilitator put it on the projector; null when there is none to show. */
export function useOutcome(value: unknown) {
  return useMemo(() => {
    if (value == null) return null;
    const parsed = outcomeSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  }, [value]);
}

/** Whether the element's content runs past its bottom edge; followed as it resizes. */
function useOverflow<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const check = () => setOverflows(element.scrollHeight > element.clientHeight + 2);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    for (const child of Array.from(element.children)) observer.observe(child);
    return () => observer.disconnect();
  });
  return { ref, overflows };
}

export function OutcomeStage({ outcome }: { outcome: NonNullable<ReturnType<typeof useOutcome>> }) {
  const View = OUTCOME_VIEW_OF[outcome.type];
  // Text never shrinks below what the back of the room can read: what does not fit is said so.
  const { ref, overflows } = useOverflow<HTMLDivElement>();
  return (
    <section className="stage outcome" data-testid="projector-outcome" data-outcome={outcome.type}>
      <p className="stage__step">{t('projector.outcome')}</p>
      <h1 className="outcome__title">{outcome.title}</h1>
      <div className={`outcome__body ${overflows ? 'outcome__body--cut' : ''}`} ref={ref}>
        <ViewBoundary>
          <View outcome={outcome} />
        </ViewBoundary>
      </div>
      {overflows ? (
        <p className="outcome__more" data-testid="outcome-more">
          {t('projector.outcomeMore')}
        </p>
      ) : null}
    </section>
  );
}
