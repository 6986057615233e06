import './bars.css';

export interface Bar {
  id: string;
  label: string;
  count: number;
  /** Text shown after the count, e.g. "40%". */
  note?: string;
}

/**
 * Horizontal bars sized against the largest count; widths animate as answers arrive.
 * Sized in em so the projector (huge font) and console (normal font) share it.
 */
export function Bars({ bars, label }: { bars: readonly Bar[]; label: string }) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <ul className="bars" aria-label={label}>
      {bars.map((bar, i) => (
        <li key={bar.id} className="bars__row">
          <span className="bars__label">{bar.label}</span>
          <span className="bars__track">
            <span
              className={`bars__fill bars__fill--${(i % 6) + 1}`}
              style={{ width: `${(bar.count / max) * 100}%` }}
            />
          </span>
          <span className="bars__count">
            {bar.count}
            {bar.note ? <small> {bar.note}</small> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
