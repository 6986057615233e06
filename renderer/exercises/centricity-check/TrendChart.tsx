import type { CentricityTrendPoint } from '../../../shared/exercises/centricity-check/history';
import { formatOneDecimal, intlLocale, t } from '../../i18n';

/** "2025-03-12" → "Mar 2025" in the console's language; without a date, the workshop's name. */
export function shortDate(point: Pick<CentricityTrendPoint, 'date' | 'workshopName'>): string {
  const match = /^(\d{4})-(\d{2})/.exec(point.date);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) return point.workshopName.slice(0, 14);
  return new Intl.DateTimeFormat(intlLocale(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(Number(match[1]), month - 1, 1),
  );
}

const W = 300;
const H = 116;
const PAD = { left: 22, right: 14, top: 20, bottom: 26 };
/** Keeps the first and last point's labels clear of the axis and the edge. */
const INSET = 24;

/**
 * A question's mean over the organisation's workshops on the 1–5 scale, oldest left. Every point
 * carries its number; this workshop's point is a larger square, so it is found without colour.
 */
export function TrendChart({ points, label }: { points: readonly CentricityTrendPoint[]; label: string }) {
  const x = (i: number) =>
    points.length === 1
      ? (PAD.left + W - PAD.right) / 2
      : PAD.left + INSET + (i * (W - PAD.left - PAD.right - 2 * INSET)) / (points.length - 1);
  const y = (mean: number) => PAD.top + ((5 - mean) / 4) * (H - PAD.top - PAD.bottom);
  const summary = points.map((p) => `${shortDate(p)}: ${formatOneDecimal(p.mean)}`).join(', ');
  return (
    <svg
      className="trend-chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={t('plan.trend.label', { question: label, summary })}
      data-testid="trend-chart"
    >
      {[1, 3, 5].map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="trend-chart__grid" />
          <text x={PAD.left - 6} y={y(v) + 4} className="trend-chart__axis" textAnchor="end">
            {v}
          </text>
        </g>
      ))}
      {points.length > 1 ? (
        <polyline
          className="trend-chart__line"
          points={points.map((p, i) => `${x(i)},${y(p.mean)}`).join(' ')}
        />
      ) : null}
      {points.map((p, i) => (
        <g
          key={p.workshopId}
          className={p.current ? 'trend-chart__point trend-chart__point--current' : 'trend-chart__point'}
        >
          {p.current ? (
            <rect x={x(i) - 6} y={y(p.mean) - 6} width={12} height={12} />
          ) : (
            <circle cx={x(i)} cy={y(p.mean)} r={4.5} />
          )}
          <text x={x(i)} y={y(p.mean) - 10} textAnchor="middle" className="trend-chart__value">
            {formatOneDecimal(p.mean)}
          </text>
          <text x={x(i)} y={H - 8} textAnchor="middle" className="trend-chart__date">
            {shortDate(p)}
          </text>
        </g>
      ))}
    </svg>
  );
}
