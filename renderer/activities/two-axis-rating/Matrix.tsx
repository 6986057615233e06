import type { CSSProperties } from 'react';
import type { TwoAxisRatingConfig, TwoAxisRatingResult } from '../../../shared/activities/twoAxisRating';
import { t } from '../../i18n';
import { layoutMatrix, quadrantLabel, shortName, VIEW, type CornerLabel } from './matrix';
import './matrix.css';

/**
 * Value × burden matrix: offerings as dots (size = number of ratings, shaded ellipse = spread),
 * quadrants Keep / Simplify / Retire / Question, "basics first" marks. Scales to its container.
 */
export function Matrix({
  config,
  result,
  caption,
  textScale = 1,
  names,
}: {
  config: TwoAxisRatingConfig;
  result: TwoAxisRatingResult;
  caption?: string;
  /** Larger text where the matrix is drawn small (beside the board). */
  textScale?: number;
  /** Names beside the dots (default: up to 8 offerings); numbers otherwise. */
  names?: boolean;
}) {
  const layout = layoutMatrix(config, result, textScale, names);
  const { plot, midX, midY } = layout;
  const { x: ax, y: ay } = config.axes;
  const corner = (c: CornerLabel) => (
    <text
      key={c.quadrant}
      className={`matrix__quadrant matrix__quadrant--${c.quadrant}`}
      x={c.x}
      y={c.y}
      textAnchor={c.anchor}
    >
      <tspan className="matrix__quadrant-name">{quadrantLabel(c.quadrant).name}</tspan>
      {c.hint ? <tspan className="matrix__quadrant-hint"> · {quadrantLabel(c.quadrant).hint}</tspan> : null}
    </text>
  );
  const summary = layout.dots
    .map(
      (d) =>
        `${d.label}: ${d.quadrant ? quadrantLabel(d.quadrant).name : t('matrix.unrated')}${d.failsBasics ? t('matrix.basicsFirstList') : ''}`,
    )
    .join('; ');

  return (
    <figure className="matrix">
      <svg
        viewBox={`0 0 ${VIEW.width} ${VIEW.height}`}
        style={{ '--matrix-text': textScale } as CSSProperties}
        role="img"
        aria-label={`${caption ?? t('matrix.caption')}. ${summary || t('matrix.noRatings')}`}
      >
        <rect
          className="matrix__bg matrix__bg--retire"
          x={plot.x0}
          y={plot.y0}
          width={midX - plot.x0}
          height={midY - plot.y0}
        />
        <rect
          className="matrix__bg matrix__bg--simplify"
          x={midX}
          y={plot.y0}
          width={plot.x1 - midX}
          height={midY - plot.y0}
        />
        <rect
          className="matrix__bg matrix__bg--question"
          x={plot.x0}
          y={midY}
          width={midX - plot.x0}
          height={plot.y1 - midY}
        />
        <rect
          className="matrix__bg matrix__bg--keep"
          x={midX}
          y={midY}
          width={plot.x1 - midX}
          height={plot.y1 - midY}
        />
        <line className="matrix__mid" x1={midX} x2={midX} y1={plot.y0} y2={plot.y1} />
        <line className="matrix__mid" x1={plot.x0} x2={plot.x1} y1={midY} y2={midY} />
        {layout.corners.map(corner)}

        {layout.ticksX.map((t) => (
          <text key={`x${t.value}`} className="matrix__tick" x={t.at} y={plot.y1 + 28} textAnchor="middle">
            {t.value}
          </text>
        ))}
        {layout.ticksY.map((t) => (
          <text key={`y${t.value}`} className="matrix__tick" x={plot.x0 - 14} y={t.at + 8} textAnchor="end">
            {t.value}
          </text>
        ))}
        <text className="matrix__axis" x={(plot.x0 + plot.x1) / 2} y={VIEW.height - 12} textAnchor="middle">
          {ax.label} →
        </text>
        <text
          className="matrix__axis"
          transform={`translate(30 ${(plot.y0 + plot.y1) / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {ay.label} →
        </text>

        {layout.dots.map((d) => (
          <ellipse
            key={`s${d.id}`}
            className="matrix__spread"
            cx={d.cx}
            cy={d.cy}
            rx={Math.max(d.rx, 1)}
            ry={Math.max(d.ry, 1)}
          />
        ))}
        {layout.dots.map((d) => (
          <g
            key={d.id}
            className={`matrix__dot${d.failsBasics ? ' is-basics' : ''}`}
            data-testid="matrix-dot"
          >
            <title>
              {d.failsBasics
                ? t('matrix.dotBasics', { label: d.label, count: d.count })
                : t('matrix.dot', { label: d.label, count: d.count })}
            </title>
            <circle cx={d.cx} cy={d.cy} r={d.r} />
            {layout.named ? (
              d.failsBasics ? (
                <text
                  className="matrix__basics-mark"
                  x={d.cx}
                  y={d.cy}
                  textAnchor="middle"
                  dominantBaseline="central"
                >
                  !
                </text>
              ) : null
            ) : (
              <text
                className={d.failsBasics ? 'matrix__number matrix__number--basics' : 'matrix__number'}
                x={d.cx}
                y={d.cy}
                textAnchor="middle"
                dominantBaseline="central"
              >
                {d.number}
              </text>
            )}
            {layout.named && Math.abs(d.labelY - d.cy) > d.r ? (
              <line
                className="matrix__leader"
                x1={d.cx + (d.labelAnchor === 'start' ? d.r : -d.r)}
                y1={d.cy}
                x2={d.labelX}
                y2={d.labelY}
              />
            ) : null}
            {layout.named ? (
              <text
                className="matrix__label"
                x={d.labelX}
                y={d.labelY}
                textAnchor={d.labelAnchor}
                dominantBaseline="central"
              >
                {shortName(d.label)}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <figcaption className="matrix__key">
        <span>
          <i className="matrix__key-dot" /> {t('matrix.keySize')}
        </span>
        <span>
          <i className="matrix__key-spread" /> {t('matrix.keySpread')}
        </span>
        <span>
          <i className="matrix__key-basics">!</i> {t('matrix.keyBasics')}
        </span>
      </figcaption>
    </figure>
  );
}

/** With many offerings the dots carry numbers: this lists them. */
export function MatrixLegend({
  config,
  result,
}: {
  config: TwoAxisRatingConfig;
  result: TwoAxisRatingResult;
}) {
  const rated = new Set(result.items.filter((r) => r.count > 0).map((r) => r.id));
  return (
    <ol className="matrix__legend">
      {config.items.map((item) => (
        <li key={item.id} className={rated.has(item.id) ? '' : 'is-unrated'}>
          {item.label}
        </li>
      ))}
    </ol>
  );
}
