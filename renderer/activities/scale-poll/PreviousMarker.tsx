import { formatNumber, t } from '../../i18n';
import type { CSSProperties, ReactNode } from 'react';
import type { ScalePollPrevious } from '../../../shared/activities/scalePoll';
import { changeSincePrevious, previousWhen } from './previous';
import './previous.css';

const SHAPES = { up: '▲', down: '▼', same: '●' } as const;

/**
 * Wraps a question's distribution: with an earlier result, a dashed line marks its average across
 * the columns and a legend says "Last time (date): 2.8" and the change, in shapes and words so it
 * reads without colour. Without one, the chart alone. `side` puts the legend beside the chart (the
 * projector has width to spare, not height); `below` under it.
 */
export function PreviousMarker({
  previous,
  mean,
  min,
  steps,
  layout,
  children,
}: {
  previous: ScalePollPrevious | undefined;
  /** Today's average, null before any answer. */
  mean: number | null;
  min: number;
  /** Number of columns on the scale (5 or 10). */
  steps: number;
  layout: 'side' | 'below';
  children: ReactNode;
}) {
  if (!previous) return <>{children}</>;
  const change = changeSincePrevious(mean, previous.mean);
  // Custom properties for previous.css: where the dashed line crosses the columns.
  const position = {
    '--previous-steps': steps,
    '--previous-offset': previous.mean - min,
  } as CSSProperties;
  return (
    <div className={`scale-previous scale-previous--${layout}`} style={position}>
      <div className="scale-previous__chart">{children}</div>
      <p className="scale-previous__legend" data-testid="scale-previous">
        <span className="scale-previous__swatch" aria-hidden="true" />
        <span className="scale-previous__text">
          <span className="scale-previous__when">
            {t('previous.lastTime')} <span className="scale-previous__date">({previousWhen(previous)}):</span>
          </span>{' '}
          <strong className="scale-previous__mean">
            {formatNumber(previous.mean, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
          </strong>
        </span>
        {change ? (
          <span className="scale-previous__change" data-testid="scale-change">
            <span aria-hidden="true">{SHAPES[change.direction]}</span>{' '}
            {change.direction === 'same'
              ? t('previous.same')
              : change.direction === 'up'
                ? t('previous.up', { amount: change.amount })
                : t('previous.down', { amount: change.amount })}
          </span>
        ) : null}
      </p>
    </div>
  );
}
