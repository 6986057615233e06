import { shortLabel, type Segment } from './split';
import './split.css';

/**
 * One card's vote split: a bar in three parts with the counts written on the legend, so it reads
 * without colour (and in black and white print). Sized in em: projector, console and board share it.
 */
export function SplitBar({ segments, percent = false }: { segments: readonly Segment[]; percent?: boolean }) {
  const total = segments.reduce((sum, s) => sum + s.count, 0);
  const words = segments.map((s) => `${shortLabel(s)} ${s.count}`).join(', ');
  return (
    <div className="split" role="img" aria-label={total ? words : 'No votes yet'}>
      <div className="split__bar" aria-hidden="true">
        {total === 0 ? <span className="split__empty" /> : null}
        {segments.map((s) =>
          s.count > 0 ? (
            <span key={s.id} className={`split__part split__part--${s.tone}`} style={{ flexGrow: s.count }} />
          ) : null,
        )}
      </div>
      <div className="split__legend" aria-hidden="true">
        {segments.map((s) => (
          <span key={s.id} className={`split__n split__n--${s.tone}`}>
            <i className="split__key" />
            {shortLabel(s)} <b>{s.count}</b>
            {percent && total ? <small> {Math.round((s.count / total) * 100)}%</small> : null}
          </span>
        ))}
      </div>
    </div>
  );
}
