import { formatOneDecimal, t } from '../../i18n';
import './distribution.css';

/**
 * Vertical columns for a scale's distribution (how many answered 1, 2, …), the average marked under the axis.
 * Heights animate as answers arrive.
 */
export function Distribution({
  distribution,
  min,
  mean,
  label,
}: {
  distribution: readonly number[];
  min: number;
  mean: number | null;
  label: string;
}) {
  const max = Math.max(1, ...distribution);
  const steps = distribution.length;
  // Where the average sits along the axis, in % of its width (centre of the matching column).
  const meanAt = mean !== null && steps > 1 ? ((mean - min + 0.5) / steps) * 100 : null;
  return (
    <figure className="distribution" aria-label={label}>
      <div className="distribution__columns">
        {distribution.map((count, i) => (
          <div key={i} className="distribution__column">
            <span className="distribution__well">
              <span className="distribution__count">{count}</span>
              <span className="distribution__bar" style={{ height: `${(count / max) * 100}%` }} />
            </span>
            <span className="distribution__value">{min + i}</span>
          </div>
        ))}
      </div>
      <div className="distribution__means">
        {meanAt !== null ? (
          <span
            className={`distribution__mean ${meanAt > 60 ? 'distribution__mean--left' : ''}`}
            style={{ left: `${meanAt}%` }}
          >
            {meanAt > 60
              ? t('chart.averageBefore', { mean: formatOneDecimal(mean!) })
              : t('chart.averageAfter', { mean: formatOneDecimal(mean!) })}
          </span>
        ) : null}
      </div>
    </figure>
  );
}
