import type { ScalePollConfig, ScalePollResult } from '../../../shared/activities/scalePoll';
import { Distribution } from '../common/Distribution';
import { PreviousMarker } from './PreviousMarker';

/** One question's distribution with its average, and last time's average when there is one. */
export function QuestionChart({
  config,
  item,
  tally,
  layout,
}: {
  config: ScalePollConfig;
  item: ScalePollConfig['items'][number];
  /** The question's tally; undefined before anyone answered it. */
  tally: ScalePollResult['items'][number] | undefined;
  layout: 'side' | 'below';
}) {
  const steps = config.max - config.min + 1;
  const mean = tally?.mean ?? null;
  return (
    <PreviousMarker previous={item.previous} mean={mean} min={config.min} steps={steps} layout={layout}>
      <Distribution
        label={item.label}
        distribution={tally?.distribution ?? new Array<number>(steps).fill(0)}
        min={config.min}
        mean={mean}
      />
    </PreviousMarker>
  );
}
