import type { TwoAxisRatingConfig, TwoAxisRatingResult } from '../../../shared/activities/twoAxisRating';
import { layoutMatrix, QUADRANT_LABELS, shortName, VIEW } from './matrix';
import './matrix.css';

/**
 * Value × burden matrix: offerings as dots (size = number of ratings, shaded ellipse = spread),
 * quadrants Keep / Simplify / Retire / Question, "basics first" marks. Scales to its container.
 */
export function Matrix({
  config,
  result,
  caption,
}: {
  config: TwoAxisRatingConfig;
  result: TwoAxisRatingResult;
  caption?: string;
}) {
  const layout = layoutMatrix(config, result);
  const { plot, midX, midY } = layout;
  const { x: ax, y: ay } = config.axes;
  const corner = (quadrant: keyof typeof QUADRANT_LABELS, x: number, y: number, anchor: 'start' | 'end') => (
    <text className={`matrix__quadrant matrix__quadrant--${quadrant}`} x={x} y={y} textAnchor={anchor}>
      <tspan className="matrix__quadrant-name">{QUADRANT_LABELS[quadrant].name}</tspan>
      <tspan x={x} dy={26} className="matrix__quadrant-hint">
        {QUADRANT_LABELS[quadrant].hint}
      </tspan>
    </text>
  );
  const summary = layout.dots
    .map(
      (d) =>
        `${d.label}: ${d.quadrant ? QUADRANT_LABELS[d.quadrant].name : 'unrated'}${d.failsBasics ? ', basics first' : ''}`,
    )
    .join('; ');

  return (
    <figure className="matrix">
      <svg
        viewBox={`0 0 ${VIEW.width} ${VIEW.height}`}
        role="img"
        aria-label={`${caption ?? 'Value and burden of each offering'}. ${summary || 'No ratings yet.'}`}
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
        {corner('retire', plot.x0 + 14, plot.y0 + 34, 'start')}
        {corner('simplify', plot.x1 - 14, plot.y0 + 34, 'end')}
        {corner('question', plot.x0 + 14, plot.y1 - 40, 'start')}
        {corner('keep', plot.x1 - 14, plot.y1 - 40, 'end')}

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
        <text className="matrix__axis" x={(plot.x0 + plot.x1) / 2} y={VIEW.height - 14} textAnchor="middle">
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
            <title>{`${d.label}: ${d.count} ratings${d.failsBasics ? ' — basics first' : ''}`}</title>
            <circle cx={d.cx} cy={d.cy} r={d.r} />
            {d.failsBasics ? (
              <text className="matrix__basics-mark" x={d.cx} y={d.cy + 9} textAnchor="middle">
                !
              </text>
            ) : !layout.named ? (
              <text className="matrix__number" x={d.cx} y={d.cy + 7} textAnchor="middle">
                {d.number}
              </text>
            ) : null}
            {layout.named ? (
              <text className="matrix__label" x={d.labelX} y={d.labelY + 8} textAnchor={d.labelAnchor}>
                {shortName(d.label)}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <figcaption className="matrix__key">
        <span>
          <i className="matrix__key-dot" /> size = number of ratings
        </span>
        <span>
          <i className="matrix__key-spread" /> shaded = spread of ratings
        </span>
        <span>
          <i className="matrix__key-basics">!</i> basics first: most say it misses the basics
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
