import { formatPercent, t } from '../../i18n';
import { shortLabel, type Segment } from './split';
import './split.css';

/**
 * One card's vote split: a bar in three parts with the counts written on the legend, so it reads
 * without colour (and in black and white print). Sized in em: projector, console and board share it.
 */
export function SplitBar({
  segments,
  percent = false,
  inline = false,
}: {
  segments: readonly Segment[];
  percent?: boolean;
  /** Counts inside the bar, no legend (the projector shows one legend for all cards). */
  inline?: boolean;
}) {
  const total = segments.reduce((sum, s) => sum + s.count, 0);
  const words = segments.map((s) => `${shortLabel(s)} ${s.count}`).join(', ');
  return (
    <div
      className={`split${inline ? ' split--inline' : ''}`}
      role="img"
      aria-label={total ? words : t('split.noVotes')}
    >
      <div className="split__bar" aria-hidden="true">
        {total === 0 ? (
          <span className="split__empty">{inline ? t('split.noVotesInline') : null}</span>
        ) : null}
        {segments.map((s) =>
          s.count > 0 ? (
            <span key={s.id} className={`split__part split__part--${s.tone}`} style={{ flexGrow: s.count }}>
              {inline ? <b>{s.count}</b> : null}
            </span>
          ) : null,
        )}
      </div>
      {inline ? null : (
        <div className="split__legend" aria-hidden="true">
          {segments.map((s) => (
            <span key={s.id} className={`split__n split__n--${s.tone}`}>
              <i className="split__key" />
              {shortLabel(s)} <b>{s.count}</b>
              {percent && total ? <small> {formatPercent(s.count / total)}</small> : null}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}

/** One legend for many inline bars. */
export function SplitKey({ segments }: { segments: readonly Pick<Segment, 'id' | 'label' | 'tone'>[] }) {
  return (
    <span className="split__legend split__legend--key">
      {segments.map((s) => (
        <span key={s.id} className={`split__n split__n--${s.tone}`}>
          <i className="split__key" />
          {s.label}
        </span>
      ))}
    </span>
  );
}
