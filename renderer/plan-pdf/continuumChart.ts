import { BAND_RANGES, BANDS, type Band } from '../../shared/continuum';
import { en, type PlanWords } from '../../shared/plan/words/en';
import { positionLabel } from '../../shared/plan/format';
import type { ContinuumMarker } from '../../shared/plan/types';
import { tableRow, textCell, type Block, type Cell } from './blocks';
import { stackDots } from './chartLayout';
import type { Pen } from './pen';
import { NATURAL_LINE, type TextBox } from './typeset';
import { BAND_FILL, BAND_INK, COLORS } from './theme';

/** Band edges on the 0–100 line: the bands meet half-way between 33|34 and 66|67. */
const EDGES: Record<Band, [number, number]> = {
  symbolic: [0, 33.5],
  process: [33.5, 66.5],
  substantive: [66.5, 100],
};

const xOf = (position: number, width: number) => (Math.min(100, Math.max(0, position)) / 100) * width;

/** Band names centred over their stretch of a line `width` wide; returns their height and drawing. */
function bandLabels(pen: Pen, width: number, compact: boolean) {
  const labels = BANDS.map((band) => {
    const span = xOf(EDGES[band][1], width) - xOf(EDGES[band][0], width);
    const name = pen.typeset(
      {
        text: (compact && band === 'process'
          ? pen.words.processShort
          : pen.words.bands[band]
        ).toLocaleUpperCase(pen.language),
        style: {
          size: compact ? 6.5 : 7.5,
          bold: true,
          color: BAND_INK[band],
          letterSpacing: compact ? 0.2 : 0.6,
        },
      },
      span,
      { align: 'center', maxLines: 1 },
    );
    const range = compact
      ? null
      : pen.typeset(
          {
            text: `${BAND_RANGES[band][0]}–${BAND_RANGES[band][1]}`,
            style: { size: 6.5, color: COLORS.text3 },
          },
          span,
          { align: 'center' },
        );
    return { band, name, range };
  });
  const height = Math.max(...labels.map((l) => l.name.height + (l.range?.height ?? 0)));
  return {
    height,
    draw: (pen: Pen, x: number, y: number) => {
      for (const { band, name, range } of labels) {
        const left = x + xOf(EDGES[band][0], width);
        // Compact labels sit on the bottom edge, over the rows' tracks.
        const top = compact ? y + height - name.height : y;
        pen.text(name, left, top);
        if (range) pen.text(range, left, top + name.height);
      }
    },
  };
}

function overviewLayout(markers: readonly ContinuumMarker[], width: number) {
  // Few dots carry their initiative's number; many would only be noise.
  const labelled = markers.length <= 40;
  const radius = markers.length > 80 ? 2.4 : markers.length > 30 ? 3.2 : 4.2;
  const { dots, lanes } = stackDots(markers, (m) => m.position, width, labelled ? 13 : radius * 2 + 1);
  const laneHeight = labelled ? radius * 2 + 10 : radius * 2 + 1;
  const plotHeight = Math.max(labelled ? 56 : 70, lanes * laneHeight + 18);
  return { labelled, radius, dots, laneHeight, plotHeight };
}

function marker(pen: Pen, source: ContinuumMarker['positionSource'], x: number, y: number, radius: number) {
  if (source === 'agreed') pen.circle(x, y, radius, COLORS.navy);
  else pen.circle(x, y, radius - 0.4, COLORS.navy, 0.8);
}

/**
 * The whole line at a glance: three shaded bands, one dot per placed initiative (stacked where
 * they crowd), filled for an agreed position and hollow for the room's median.
 */
/** The chart's data in words: each initiative's number, position, band and how it was set. */
export function continuumAlt(markers: readonly ContinuumMarker[], w: PlanWords = en): string {
  const items = markers.map(
    (m) =>
      `${m.number}. ${m.title}: ${Math.round(m.position)}, ${w.bands[m.band]}${m.positionSource === 'agreed' ? w.markerAgreed : w.markerMedian}`,
  );
  return w.continuumAlt(items.join('; '));
}

export function continuumOverview(pen: Pen, markers: readonly ContinuumMarker[], width: number): Block {
  const { labelled, radius, dots, laneHeight, plotHeight } = overviewLayout(markers, width);
  const baseline = plotHeight - 8;
  const labels = bandLabels(pen, width, false);
  const tickStyle = { size: 6.5, color: COLORS.text3 };
  const ticks = [0, 25, 50, 75, 100].map((tick) => ({
    tick,
    box: pen.typeset({ text: String(tick), style: tickStyle }, 40),
  }));
  const arrowStyle = { size: 7, color: COLORS.text2 };
  const left = pen.typeset({ text: pen.words.axisLeft, style: arrowStyle }, width / 2);
  const right = pen.typeset({ text: pen.words.axisRight, style: arrowStyle }, width / 2, { align: 'right' });
  const numberStyle = { size: 6.5, color: COLORS.text2 };
  const dotNumbers = new Map<string, TextBox>();
  if (labelled)
    for (const { item } of dots)
      dotNumbers.set(
        item.id,
        pen.typeset({ text: String(item.number), style: numberStyle }, 30, {
          align: 'center',
        }),
      );
  const tickHeight = ticks[0]!.box.height;
  const plotTop = labels.height + 4;
  const height = plotTop + plotHeight + 6 + 1 + tickHeight + 2 + left.height;
  return {
    key: 'overview',
    height,
    node: (pen, x, y) =>
      pen.figure(continuumAlt(markers, pen.words), [x, y, width, height], () => draw(pen, x, y)),
  };
  function draw(pen: Pen, x: number, y: number) {
    {
      labels.draw(pen, x, y);
      const top = y + plotTop;
      for (const band of BANDS) {
        const from = xOf(EDGES[band][0], width);
        pen.rect(x + from, top, xOf(EDGES[band][1], width) - from, plotHeight, BAND_FILL[band]);
      }
      pen.line(x, top + plotHeight, x + width, top + plotHeight, 1, COLORS.navy);
      for (const { tick } of ticks)
        pen.line(
          x + xOf(tick, width),
          top + plotHeight,
          x + xOf(tick, width),
          top + plotHeight + 4,
          0.75,
          COLORS.navy,
        );
      for (const { item, x: at, lane } of dots) {
        const cx = x + Math.min(width - radius - 0.5, Math.max(radius + 0.5, at));
        const cy = top + baseline - lane * laneHeight;
        marker(pen, item.positionSource, cx, cy, radius);
        const number = dotNumbers.get(item.id);
        if (number) pen.text(number, cx - 15, cy - radius - 1.5 - number.height);
      }
      // Tick labels under their ticks; the end ones flush with the ends of the line.
      const tickTop = top + plotHeight + 6 + 1;
      for (const { tick, box } of ticks) {
        const at = x + xOf(tick, width);
        const shift = tick === 0 ? 0 : tick === 100 ? box.width : box.width / 2;
        pen.text(box, at - shift, tickTop);
      }
      const arrowTop = tickTop + tickHeight + 2;
      pen.text(left, x, arrowTop);
      pen.text(right, x + width / 2, arrowTop);
    }
  }
}

export const ROW_LABEL_WIDTH = 0.45;
const ROW_VALUE_WIDTH = 48;
const NUMBER_WIDTH = 18;
const ROW_HEIGHT = 15;
const TRACK_HEIGHT = 12;

function track(marker: ContinuumMarker, width: number, w: PlanWords): Cell {
  const mid = TRACK_HEIGHT / 2;
  const cx = Math.min(width - 4, Math.max(4, xOf(marker.position, width)));
  const spread = marker.spread
    ? w.trackMiddleHalf(positionLabel(marker.spread.p25), positionLabel(marker.spread.p75))
    : '';
  return {
    width,
    height: TRACK_HEIGHT,
    // The row's position cell says the position; the cell's text alternative the band and the
    // room's spread. The track itself is decoration (300 rows: no figure each).
    alt: `${w.bands[marker.band]}${spread}`,
    draw: (pen, x, y) => pen.artifact(() => shapes(pen, x, y)),
  };
  function shapes(pen: Pen, x: number, y: number) {
    {
      for (const band of BANDS) {
        const from = xOf(EDGES[band][0], width);
        pen.rect(x + from, y, xOf(EDGES[band][1], width) - from, TRACK_HEIGHT, BAND_FILL[band]);
      }
      pen.line(x, y + mid, x + width, y + mid, 0.5, COLORS.rule);
      if (marker.spread) {
        const from = xOf(marker.spread.p25, width);
        pen.rect(x + from, y + mid - 1.5, Math.max(1, xOf(marker.spread.p75, width) - from), 3, COLORS.text3);
      }
      if (marker.positionSource === 'agreed') pen.circle(x + cx, y + mid, 3.6, COLORS.navy);
      else pen.circle(x + cx, y + mid, 3.2, COLORS.navy, 0.9);
    }
  }
}

/** One initiative on its own small line: band shading, the room's middle half, and the position. */
export function continuumRow(pen: Pen, m: ContinuumMarker, width: number, header: Block): Block {
  const labelWidth = width * ROW_LABEL_WIDTH;
  const row = tableRow(
    `row-${m.id}`,
    [
      textCell(pen, { text: String(m.number), style: { size: 7, color: COLORS.text3 } }, NUMBER_WIDTH, {
        lineHeight: NATURAL_LINE,
      }),
      textCell(pen, { text: m.title, style: { size: 8, color: COLORS.text } }, labelWidth - NUMBER_WIDTH, {
        padRight: 6,
        lineHeight: NATURAL_LINE,
      }),
      track(m, width - labelWidth - ROW_VALUE_WIDTH, pen.words),
      textCell(
        pen,
        m.positionSource === 'agreed'
          ? { text: String(Math.round(m.position)), style: { size: 8, bold: true, color: COLORS.navy } }
          : { text: pen.words.medianShort(Math.round(m.position)), style: { size: 7, color: COLORS.text2 } },
        ROW_VALUE_WIDTH,
        { align: 'right', lineHeight: NATURAL_LINE },
      ),
    ],
    { padY: 0, valign: 'center', header, rule: null },
  );
  // Rows are at least ROW_HEIGHT tall, so the tracks line up into one chart; long titles wrap.
  const height = Math.max(ROW_HEIGHT, row.height + 4);
  const padY = (height - row.height) / 2;
  return {
    ...row,
    height,
    node: (pen, x, y) => {
      row.node(pen, x, y + padY);
      pen.line(x, y + height - 0.2, x + width, y + height - 0.2, 0.4, COLORS.ruleSoft);
    },
  };
}

export function continuumRowsHeader(pen: Pen, width: number): Block {
  const labelWidth = width * ROW_LABEL_WIDTH;
  const trackWidth = width - labelWidth - ROW_VALUE_WIDTH;
  const style = { size: 7, bold: true, color: COLORS.text2, letterSpacing: 0.5 };
  const number = pen.typeset({ text: '#', style }, NUMBER_WIDTH);
  const title = pen.typeset(
    { text: pen.words.initiative.toLocaleUpperCase(pen.language), style },
    labelWidth - NUMBER_WIDTH,
  );
  const pos = pen.typeset(
    { text: pen.words.position.toLocaleUpperCase(pen.language), style },
    ROW_VALUE_WIDTH,
    { align: 'right' },
  );
  const bands = bandLabels(pen, trackWidth, true);
  const text = Math.max(title.height, bands.height);
  return {
    key: 'rows-header',
    height: text + 3 + 0.75,
    node: (pen, x, y) => {
      pen.startTable();
      pen.row(() => {
        pen.cell(() => pen.text(number, x, y + text - number.height));
        pen.cell(() => pen.text(title, x + NUMBER_WIDTH, y + text - title.height));
        pen.cell(() => bands.draw(pen, x + labelWidth, y + text - bands.height));
        pen.cell(() => pen.text(pos, x + labelWidth + trackWidth, y + text - pos.height));
      }, true);
      pen.line(x, y + text + 3 + 0.375, x + width, y + text + 3 + 0.375, 0.75, COLORS.navySoft);
    },
  };
}

export function continuumLegend(pen: Pen): Block {
  const style = { size: 7, color: COLORS.text2 };
  const items: Array<{ icon: number; label: TextBox; draw: (pen: Pen, x: number, mid: number) => void }> = [
    {
      icon: 9,
      label: pen.typeset({ text: pen.words.positionAgreed, style }, 200),
      draw: (pen, x, mid) => pen.circle(x + 4.5, mid, 3.6, COLORS.navy),
    },
    {
      icon: 9,
      label: pen.typeset({ text: pen.words.notPlacedMedian, style }, 200),
      draw: (pen, x, mid) => pen.circle(x + 4.5, mid, 3.2, COLORS.navy, 0.9),
    },
    {
      icon: 16,
      label: pen.typeset({ text: pen.words.middleHalfOfVotes, style }, 200),
      draw: (pen, x, mid) => pen.rect(x, mid - 1.5, 16, 3, COLORS.text3),
    },
  ];
  const lineHeight = Math.max(9, ...items.map((i) => i.label.height));
  return {
    key: 'legend',
    height: 8 + lineHeight,
    node: (pen, x, y) => {
      const mid = y + 8 + lineHeight / 2;
      let left = x;
      for (const item of items) {
        item.draw(pen, left, mid);
        pen.text(item.label, left + item.icon + 4, mid - item.label.height / 2);
        left += item.icon + 4 + item.label.width + 16;
      }
    },
  };
}
