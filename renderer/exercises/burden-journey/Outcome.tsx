import type { OutcomeOf } from '../../../shared/outcomes';
import './outcome.css';

/** The customer-burden heatmap with a number on every cell, and the hot spots beside it. */
export function JourneyOutcome({ outcome }: { outcome: OutcomeOf<'burden-journey'> }) {
  const { burdens, stages, hotSpots, max } = outcome.data;
  return (
    <div className="oc-journey">
      <table className="oc-heat">
        <caption className="oc-note">
          Mean burden per step, 0 (none) to {max} (a lot), and how many rated it
        </caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            {burdens.map((b) => (
              <th key={b} scope="col">
                {b}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {stages.map((stage, s) => (
            <tr key={s}>
              <th scope="row">{stage.name}</th>
              {stage.cells.map((cell, c) => (
                <td key={c} className={`oc-heat__cell oc-heat__cell--${cell.level ?? 'none'}`}>
                  {cell.mean === null ? (
                    '–'
                  ) : (
                    <>
                      {cell.mean.toFixed(1)}
                      <span className="oc-heat__n">{cell.count} rated</span>
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <section className="oc-hot" aria-labelledby="oc-hot-title">
        <h2 id="oc-hot-title">Hot spots</h2>
        {hotSpots.length ? (
          <ol>
            {hotSpots.map((h, i) => (
              <li key={i} data-testid="outcome-hot-spot">
                <strong>
                  {h.burden} at {h.stage}
                </strong>
                <span className="oc-hot__figures">
                  {h.mean.toFixed(1)} · {h.count} {h.count === 1 ? 'rating' : 'ratings'}
                </span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="oc-muted">No burden rated above 0.</p>
        )}
      </section>
    </div>
  );
}
