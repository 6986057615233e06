import type { TwoAxisRatingConfig, TwoAxisRatingResult } from '../../../shared/activities/twoAxisRating';
import type { LiveProps } from '../types';
import { NAMED_UP_TO } from './matrix';
import { Matrix, MatrixLegend } from './Matrix';

/** Projector: the value × burden matrix, filling in as ratings arrive. */
export default function TwoAxisRatingLive({
  config,
  result,
}: LiveProps<TwoAxisRatingConfig, TwoAxisRatingResult>) {
  const legend = config.items.length > NAMED_UP_TO;
  return (
    <div className={`matrix-live${legend ? ' matrix-live--legend' : ''}`}>
      <Matrix config={config} result={result} />
      {legend ? <MatrixLegend config={config} result={result} /> : null}
    </div>
  );
}
