import { t } from '../../i18n';
import type {
  TwoAxisRatingConfig,
  TwoAxisRatingResult,
  Quadrant,
} from '../../../shared/activities/twoAxisRating';

/** Plot geometry in SVG user units; the SVG scales to its container, text with it. */
/** Plot geometry in SVG user units; the quadrant names sit outside the plot, above and below it. */
export const VIEW = { width: 1000, height: 700, left: 96, right: 24, top: 60, bottom: 124 };

/** The quadrants' names in the page's language. */
export const quadrantLabel = (quadrant: Quadrant): { name: string; hint: string } =>
  ({
    keep: { name: t('quadrant.keep'), hint: t('quadrant.keepHint') },
    simplify: { name: t('quadrant.simplify'), hint: t('quadrant.simplifyHint') },
    retire: { name: t('quadrant.retire'), hint: t('quadrant.retireHint') },
    question: { name: t('quadrant.question'), hint: t('quadrant.questionHint') },
  })[quadrant];

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

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** A quadrant's name (and hint) at its corner, outside the plot so it never hides a dot. */
export interface CornerLabel {
  quadrant: Quadrant;
  x: number;
  /** Baseline of the line. */
  y: number;
  anchor: 'start' | 'end';
  /** "high value, low burden" after the name, where there is room. */
  hint: boolean;
}

export interface MatrixLayout {
  dots: PlacedDot[];
  corners: CornerLabel[];
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
export const NAMED_UP_TO = 8;
const LABEL_HEIGHT = 26;
/** Average width of a bold label character, in user units at text scale 1. */
const CHAR_WIDTH = 13;

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

  // Above the plot and below its tick labels; hints only where the text is not enlarged.
  const hint = textScale <= 1.1;
  const above = plot.y0 - 16;
  const below = plot.y1 + 40 + 34 * textScale;
  const corners: CornerLabel[] = [
    { quadrant: 'retire', x: plot.x0, y: above, anchor: 'start', hint },
    { quadrant: 'simplify', x: plot.x1, y: above, anchor: 'end', hint },
    { quadrant: 'question', x: plot.x0, y: below, anchor: 'start', hint },
    { quadrant: 'keep', x: plot.x1, y: below, anchor: 'end', hint },
  ];
  // Longer languages: where two corners of a row would run into each other, names only.
  const clash = (a: CornerLabel, b: CornerLabel) =>
    cornerBox(a, textScale).x1 + 16 > cornerBox(b, textScale).x0;
  if (clash(corners[0]!, corners[1]!) || clash(corners[2]!, corners[3]!))
    for (const corner of corners) corner.hint = false;
  if (named) {
    nudgeLabels(
      dots,
      textScale,
      dots.map((d) => ({ x0: d.cx - d.r, x1: d.cx + d.r, y0: d.cy - d.r, y1: d.cy + d.r })),
      plot,
    );
  }
  const ticks = (axis: { min: number; max: number }, to: (v: number) => number) =>
    Array.from({ length: axis.max - axis.min + 1 }, (_, i) => ({
      value: axis.min + i,
      at: to(axis.min + i),
    }));
  return {
    dots,
    corners,
    midX: toX((ax.min + ax.max) / 2),
    midY: toY((ay.min + ay.max) / 2),
    plot,
    ticksX: ticks(ax, toX),
    ticksY: ticks(ay, toY),
    named,
  };
}

/** Where a quadrant label is, roughly (bold name ~0.6 em a character, hint ~0.52 em). */
export function cornerBox(corner: CornerLabel, textScale: number): Box {
  const { name, hint } = quadrantLabel(corner.quadrant);
  const width = (name.length * 20.5 + (corner.hint ? (hint.length + 3) * 10.5 : 0)) * textScale;
  const [x0, x1] = corner.anchor === 'start' ? [corner.x, corner.x + width] : [corner.x - width, corner.x];
  return { x0, x1, y0: corner.y - 26 * textScale, y1: corner.y + 8 * textScale };
}

/** Where a dot's name is, roughly. */
export function labelBox(dot: PlacedDot, textScale = 1): Box {
  const height = LABEL_HEIGHT * textScale;
  const width = Math.min(dot.label.length, 28) * CHAR_WIDTH * textScale;
  const [x0, x1] =
    dot.labelAnchor === 'start' ? [dot.labelX, dot.labelX + width] : [dot.labelX - width, dot.labelX];
  return { x0, x1, y0: dot.labelY - height / 2, y1: dot.labelY + height / 2 };
}

/**
 * Greedy, top to bottom: each label takes the nearest free height beside its dot (within the plot),
 * on its preferred side, else the other side; with no free spot, the least crowded one. Labels that
 * moved get a leader line to their dot.
 */
function nudgeLabels(
  dots: PlacedDot[],
  textScale: number,
  obstacles: Box[],
  plot: { y0: number; y1: number },
) {
  const height = LABEL_HEIGHT * textScale;
  const placed: Box[] = [...obstacles];
  const crowding = (b: Box) =>
    placed.reduce(
      (sum, p) =>
        sum +
        Math.max(0, Math.min(p.x1, b.x1) - Math.max(p.x0, b.x0)) *
          Math.max(0, Math.min(p.y1, b.y1) - Math.max(p.y0, b.y0)),
      0,
    );
  for (const dot of [...dots].sort((a, b) => a.cy - b.cy)) {
    const flipped: PlacedDot = {
      ...dot,
      labelAnchor: dot.labelAnchor === 'start' ? 'end' : 'start',
      labelX: dot.labelAnchor === 'start' ? dot.cx - dot.r - 8 : dot.cx + dot.r + 8,
    };
    let best: { dot: PlacedDot; box: Box; cost: number } | null = null;
    search: for (const side of [dot, flipped]) {
      const box = labelBox(side, textScale);
      if (side !== dot && (box.x0 < 0 || box.x1 > VIEW.width)) continue;
      for (let step = 0; step <= 40; step++) {
        const y = dot.cy + (step % 2 ? 1 : -1) * Math.ceil(step / 2) * height * 0.5;
        if (y - height / 2 < plot.y0 || y + height / 2 > plot.y1) continue;
        const candidate = labelBox({ ...side, labelY: y }, textScale);
        // Free spots win; among crowded ones, the least overlap, then the nearest.
        const cost = crowding(candidate) * 1000 + Math.abs(y - dot.cy) + (side === dot ? 0 : height);
        if (!best || cost < best.cost) best = { dot: { ...side, labelY: y }, box: candidate, cost };
        if (cost < 1000 && side === dot) break search;
      }
    }
    if (!best) continue;
    Object.assign(dot, {
      labelX: best.dot.labelX,
      labelY: best.dot.labelY,
      labelAnchor: best.dot.labelAnchor,
    });
    placed.push(best.box);
  }
}

/** A label cut to fit beside a dot. */
export const shortName = (label: string) => (label.length > 28 ? `${label.slice(0, 27)}…` : label);
