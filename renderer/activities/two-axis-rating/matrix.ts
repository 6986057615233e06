import type {
  TwoAxisRatingConfig,
  TwoAxisRatingResult,
  Quadrant,
} from '../../../shared/activities/twoAxisRating';

/** Plot geometry in SVG user units; the SVG scales to its container, text with it. */
export const VIEW = { width: 1000, height: 640, left: 96, right: 24, top: 24, bottom: 84 };

export const QUADRANT_LABELS: Record<Quadrant, { name: string; hint: string }> = {
  keep: { name: 'Keep', hint: 'high value, low burden' },
  simplify: { name: 'Simplify', hint: 'high value, high burden' },
  retire: { name: 'Retire', hint: 'low value, high burden' },
  question: { name: 'Question', hint: 'low value, low burden' },
};

export interface PlacedDot {
  id: string;
  label: string;
  /** 1-based, for the legend when labels would not fit. */
  number: number;
  cx: number;
  cy: number;
  r: number;
  /** Half-widths of the spread ellipse (one standard deviation each way). */
  rx: number;
  ry: number;
  count: number;
  failsBasics: boolean;
  quadrant: Quadrant | null;
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
}

export interface MatrixLayout {
  dots: PlacedDot[];
  /** Screen x of the value midpoint and y of the burden midpoint (quadrant borders). */
  midX: number;
  midY: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  ticksX: { value: number; at: number }[];
  ticksY: { value: number; at: number }[];
  /** Names beside the dots; with many offerings, numbers and a legend instead. */
  named: boolean;
}

/** Up to this many offerings carry their name on the chart. */
export const NAMED_UP_TO = 12;
const LABEL_HEIGHT = 26;
const CHAR_WIDTH = 11;

/**
 * Positions of the offerings on the value (x) × burden (y, high at the top) plane: dot size grows
 * with the number of ratings, the ellipse shows the spread. Labels are nudged apart so they do not
 * overlap. Unrated offerings are left out.
 */
export function layoutMatrix(
  config: TwoAxisRatingConfig,
  result: TwoAxisRatingResult,
  textScale = 1,
  names: boolean = config.items.length <= NAMED_UP_TO,
): MatrixLayout {
  const { x: ax, y: ay } = config.axes;
  const plot = { x0: VIEW.left, x1: VIEW.width - VIEW.right, y0: VIEW.top, y1: VIEW.height - VIEW.bottom };
  const pad = 0.3;
  const sx = (plot.x1 - plot.x0) / (ax.max - ax.min + 2 * pad);
  const sy = (plot.y1 - plot.y0) / (ay.max - ay.min + 2 * pad);
  const toX = (v: number) => plot.x0 + (v - ax.min + pad) * sx;
  const toY = (v: number) => plot.y1 - (v - ay.min + pad) * sy;
  const byId = new Map(result.items.map((r) => [r.id, r]));
  const maxCount = Math.max(1, ...result.items.map((r) => r.count));
  const named = names;

  const dots: PlacedDot[] = [];
  config.items.forEach((item, index) => {
    const r = byId.get(item.id);
    if (!r || r.count === 0 || r.meanX === null || r.meanY === null) return;
    const cx = toX(r.meanX);
    const cy = toY(r.meanY);
    const radius = 9 + 17 * Math.sqrt(r.count / maxCount);
    // Name to the right when it fits inside the plot, else to the left.
    const width = Math.min(item.label.length, 28) * CHAR_WIDTH * textScale;
    const right = cx + radius + 8 + width <= plot.x1 || cx - plot.x0 < plot.x1 - cx;
    dots.push({
      id: item.id,
      label: item.label,
      number: index + 1,
      cx,
      cy,
      r: radius,
      rx: (r.spreadX ?? 0) * sx,
      ry: (r.spreadY ?? 0) * sy,
      count: r.count,
      failsBasics: r.failsBasics,
      quadrant: r.quadrant,
      labelX: right ? cx + radius + 8 : cx - radius - 8,
      labelY: cy,
      labelAnchor: right ? 'start' : 'end',
    });
  });

  if (named) nudgeLabels(dots, textScale);
  const ticks = (axis: { min: number; max: number }, to: (v: number) => number) =>
    Array.from({ length: axis.max - axis.min + 1 }, (_, i) => ({
      value: axis.min + i,
      at: to(axis.min + i),
    }));
  return {
    dots,
    midX: toX((ax.min + ax.max) / 2),
    midY: toY((ay.min + ay.max) / 2),
    plot,
    ticksX: ticks(ax, toX),
    ticksY: ticks(ay, toY),
    named,
  };
}

/** Greedy: each label, top to bottom, moves down (then up) until it clears the ones placed before. */
function nudgeLabels(dots: PlacedDot[], textScale: number) {
  const height = LABEL_HEIGHT * textScale;
  const placed: { x0: number; x1: number; y: number }[] = [];
  const span = (d: PlacedDot, text: string) => {
    const width = Math.min(text.length, 28) * CHAR_WIDTH * textScale;
    return d.labelAnchor === 'start' ? [d.labelX, d.labelX + width] : [d.labelX - width, d.labelX];
  };
  for (const dot of [...dots].sort((a, b) => a.cy - b.cy)) {
    const [x0, x1] = span(dot, dot.label) as [number, number];
    const clashes = (y: number) => placed.some((p) => p.x0 < x1 && x0 < p.x1 && Math.abs(p.y - y) < height);
    let y = dot.cy;
    for (let step = 1; clashes(y) && step < 12; step++) {
      y = dot.cy + (step % 2 ? 1 : -1) * Math.ceil(step / 2) * height;
    }
    dot.labelY = y;
    placed.push({ x0, x1, y });
  }
}

/** A label cut to fit beside a dot. */
export const shortName = (label: string) => (label.length > 28 ? `${label.slice(0, 27)}…` : label);
