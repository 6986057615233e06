import './distribution.css';

/**
 * Vertical columns for a scale's distribution (how many answered 1, 2, …), with the mean marked.
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
  return (
    <figure className="distribution" aria-label={label}>
      <div className="distribution__columns">
        {distribution.map((count, i) => (
          <div key={i} className="distribution__column">
            <span className="distribution__count">{count}</span>
            <span className="distribution__bar" style={{ height: `${(count / max) * 100}%` }} />
            <span className="distribution__value">{min + i}</span>
          </div>
        ))}
        {mean !== null && steps > 1 ? (
          <span
            className="distribution__mean"
            style={{ left: `${((mean - min + 0.5) / steps) * 100}%` }}
            title={`Average ${mean.toFixed(1)}`}
          >
            <span>⌀ {mean.toFixed(1)}</span>
          </span>
        ) : null}
      </div>
    </figure>
  );
}
