import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type {
  ContinuumPlacementConfig,
  PlacementResult,
} from '../../../shared/activities/continuumPlacement';
import { BAND_RANGES, BANDS, type Band } from '../../../shared/continuum';
import { bandLabel, t } from '../../i18n';
import { chartRows, type ChartSpan } from './chartRows';
import './chart.css';

/** Band edges on the line: the bands meet half-way between 33|34 and 66|67. */
export const BAND_EDGES: Record<Band, readonly [number, number]> = {
  symbolic: [0, 33.5],
  process: [33.5, 66.5],
  substantive: [66.5, 100],
};

const TICKS = [0, 25, 50, 75, 100];
/** Space kept between neighbours on one row, in em. */
const GAP_EM = 0.8;
/** Half the median marker's width (fixed in chart.css), in em of the plot. */
const MARKER_HALF_EM = 1.1;
/** Below this the projector's labels stop being readable: more rows than fit then run off. */
const MIN_SCALE = 0.45;
/** A few initiatives on the projector are drawn larger, up to this. */
const MAX_SCALE = 1.25;
/** A label is cut short (…) beyond this % of the line; the same as its max-width in chart.css. */
const LABEL_MAX = 70;

export const formatPosition = (n: number | null) => (n === null ? '–' : String(Math.round(n)));

interface Placed {
  id: string;
  label: string;
  result: PlacementResult & { median: number; p25: number; p75: number };
}

interface Measured {
  /** Label widths in % of the line at scale 1, by initiative id. */
  widths: Record<string, number>;
  /** 1 em of the plot, in % of the line. */
  em: number;
  /** Rows (at scale 1) that fit the height the chart is given; null when it may grow. */
  rowsFit: number | null;
  /** The line's width in px when measured. */
  plotWidth: number;
}

/** Row height and the plot's padding, in em of the plot. */
const ROW_EM = 1.8;
const PLOT_PAD_EM = 0.6;

/**
 * Each initiative at the room's median with a bar over the middle half of the answers (p25–p75),
 * on the three shaded bands. Labels are measured, then laid out in rows that never overlap;
 * until measured, each initiative has a row of its own. With `fit`, the chart keeps to its
 * parent's height (the projector cannot scroll): more rows than fit make the rows smaller.
 */
export function ContinuumChart({
  config,
  results,
  compact = false,
  fit = false,
}: {
  config: ContinuumPlacementConfig;
  results: readonly PlacementResult[];
  compact?: boolean;
  fit?: boolean;
}) {
  const byId = useMemo(() => new Map(results.map((r) => [r.id, r])), [results]);
  const placed: Placed[] = [];
  const waiting: string[] = [];
  for (const item of config.items) {
    const r = byId.get(item.id);
    if (r && r.count > 0 && r.median !== null && r.p25 !== null && r.p75 !== null) {
      placed.push({
        id: item.id,
        label: item.label,
        result: { ...r, median: r.median, p25: r.p25, p75: r.p75 },
      });
    } else {
      waiting.push(item.label);
    }
  }

  const figureRef = useRef<HTMLElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState<Measured | null>(null);
  const labelKey = placed.map((p) => `${p.id}\u0000${p.label}\u0000${p.result.count}`).join('\u0001');

  useLayoutEffect(() => {
    const plot = plotRef.current;
    const figure = figureRef.current;
    if (!plot || !figure) return;
    const parent = fit ? figure.parentElement : null;
    let last: Measured | null = null;
    const measure = () => {
      const width = plot.clientWidth;
      if (width <= 0) return;
      const em = parseFloat(getComputedStyle(plot).fontSize) || 16;
      // Everything but the plot (band names, axis, legend) keeps its height; the plot gets the rest.
      const rowsFit = parent
        ? Math.max(1, (parent.clientHeight - (figure.offsetHeight - plot.offsetHeight)) / em - PLOT_PAD_EM) /
          ROW_EM
        : null;
      const sameWidth = last?.plotWidth === width;
      if (sameWidth && Math.abs((last!.rowsFit ?? 0) - (rowsFit ?? 0)) < 0.01) return;
      // Text is measured when labels or the line's width change, not when only the height does:
      // re-measuring text just redrawn smaller would feed the layout back into itself.
      const widths: Record<string, number> = sameWidth ? last!.widths : {};
      if (!sameWidth) {
        // The scale the labels are drawn at, read off the page (not from state, which may be ahead).
        const marks = plot.querySelector<HTMLElement>('.cchart__marks');
        const drawnAt = marks ? parseFloat(getComputedStyle(marks).fontSize) / em || 1 : 1;
        for (const el of plot.querySelectorAll<HTMLElement>('[data-measure]')) {
          // The whole label, even where it is cut short; drawn at the current scale, stored as at 1.
          const title = el.firstElementChild as HTMLElement | null;
          const full = el.offsetWidth + (title ? title.scrollWidth - title.clientWidth : 0);
          widths[el.dataset.measure!] = ((full / width) * 100) / drawnAt;
        }
      }
      last = { widths, em: (em / width) * 100, rowsFit, plotWidth: width };
      setMeasured(last);
    };
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(plot);
    if (parent) observer?.observe(parent);
    return () => observer?.disconnect();
  }, [labelKey, fit]);

  const layout = (() => {
    const spans = (s: number): ChartSpan[] =>
      placed.map((p) => ({
        id: p.id,
        median: p.result.median,
        p25: p.result.p25,
        p75: p.result.p75,
        markerHalf: MARKER_HALF_EM * (measured?.em ?? 0) * s,
        labelWidth: Math.min(LABEL_MAX, (measured?.widths[p.id] ?? 100) * s),
      }));
    const at = (s: number) => ({ ...chartRows(spans(s), GAP_EM * (measured?.em ?? 0) * s), scale: s });
    const rowsFit = measured?.rowsFit;
    if (!measured || !rowsFit) return at(1);
    // The largest scale whose rows fit: smaller labels collide less, so rows × scale grows with scale.
    // A short list grows past 1 to use the screen.
    // Drawn larger than 1 only where every label still fits beside its bar.
    const fitsAt = (tried: ReturnType<typeof at>) =>
      tried.rows * tried.scale <= rowsFit && (tried.scale <= 1 || tried.cramped === 0);
    const largest = at(MAX_SCALE);
    if (fitsAt(largest)) return largest;
    let fits = at(MIN_SCALE);
    let tooBig = MAX_SCALE;
    for (let i = 0; i < 10; i++) {
      const tried = at((fits.scale + tooBig) / 2);
      if (fitsAt(tried)) fits = tried;
      else tooBig = tried.scale;
    }
    return fits;
  })();

  const where = new Map(layout.placed.map((p) => [p.id, p]));
  return (
    <figure
      ref={figureRef}
      className={`cchart ${compact ? 'cchart--compact' : ''}`}
      aria-label={t('chart.continuum')}
    >
      <div className="cchart__bands" aria-hidden="true">
        {BANDS.map((band) => (
          <span
            key={band}
            className={`cchart__band-name cchart__band-name--${band}`}
            style={{ width: `${BAND_EDGES[band][1] - BAND_EDGES[band][0]}%` }}
          >
            {bandLabel(band)}
            <small>
              {BAND_RANGES[band][0]}–{BAND_RANGES[band][1]}
            </small>
          </span>
        ))}
      </div>
      <div
        ref={plotRef}
        className="cchart__plot"
        style={{ height: `${Math.max(1, layout.rows) * ROW_EM * layout.scale + PLOT_PAD_EM}em` }}
      >
        {BANDS.map((band) => (
          <span
            key={band}
            className={`cchart__shade cchart__shade--${band}`}
            style={{
              insetInlineStart: `${BAND_EDGES[band][0]}%`,
              width: `${BAND_EDGES[band][1] - BAND_EDGES[band][0]}%`,
            }}
          />
        ))}
        <ul className="cchart__marks" style={{ fontSize: `${layout.scale}em` }}>
          {placed.map((p, i) => {
            const at = where.get(p.id);
            const row = at?.row ?? i;
            const r = p.result;
            const band = r.band ?? 'process';
            return (
              <li
                key={p.id}
                className="cchart__mark"
                style={{ top: `${row * ROW_EM + PLOT_PAD_EM / 2}em` }}
                data-testid="continuum-marker"
                data-median={r.median}
                aria-label={t('chart.placement', {
                  label: p.label,
                  median: formatPosition(r.median),
                  band: bandLabel(band),
                  from: formatPosition(r.p25),
                  to: formatPosition(r.p75),
                  count: r.count,
                })}
              >
                <span
                  className="cchart__label"
                  data-measure={p.id}
                  style={{ insetInlineStart: `${at?.labelLeft ?? 0}%` }}
                  title={p.label}
                >
                  <span className="cchart__title">{p.label}</span>
                  <span className="cchart__count">{r.count}</span>
                </span>
                <span
                  className="cchart__spread"
                  style={{ insetInlineStart: `${r.p25}%`, width: `${r.p75 - r.p25}%` }}
                  aria-hidden="true"
                />
                <span
                  className={`cchart__median cchart__median--${band}`}
                  style={{ insetInlineStart: `${r.median}%` }}
                  aria-hidden="true"
                >
                  {formatPosition(r.median)}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
      <div className="cchart__axis" aria-hidden="true">
        {TICKS.map((tick) => (
          <span key={tick} className="cchart__tick" style={{ insetInlineStart: `${tick}%` }}>
            {tick}
          </span>
        ))}
      </div>
      <p className="cchart__legend" aria-hidden="true">
        <span className="cchart__legend-key">
          <span className="cchart__median">50</span> {t('chart.median')}
        </span>
        <span className="cchart__legend-key">
          <span className="cchart__spread" /> {t('chart.middleHalf')}
        </span>
        <span className="cchart__legend-key">
          <span className="cchart__count">3</span> {t('chart.placedIt')}
        </span>
      </p>
      {waiting.length > 0 ? (
        <figcaption className="cchart__waiting">
          {t('chart.notPlaced', { names: waiting.slice(0, 8).join(' · ') })}
          {waiting.length > 8 ? ` ${t('chart.more', { count: waiting.length - 8 })}` : ''}
        </figcaption>
      ) : null}
    </figure>
  );
}
