import { BURDEN_LABELS, BURDENS } from '../../../shared/burdens';
import type { OutcomeOf } from '../../../shared/outcomes';
import { burdenLabel, formatNumber, t } from '../../i18n';
import './outcome.css';

/** The outcome names burdens in English; the room reads them in its own language. */
const burdenName = (label: string) => {
  const id = BURDENS.find((b) => BURDEN_LABELS[b] === label);
  return id ? burdenLabel(id) : label;
};

const one = (n: number) => formatNumber(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The customer-burden heatmap with a number on every cell, and the hot spots beside it. */
export function JourneyOutcome({ outcome }: { outcome: OutcomeOf<'burden-journey'> }) {
  const { burdens, stages, hotSpots, max } = outcome.data;
  return (
    <div className="oc-journey">
      <table className="oc-heat">
        <caption className="oc-note">{t('outcome.heatCaption', { max })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('outcome.step')}</th>
            {burdens.map((b) => (
              <th key={b} scope="col">
                {burdenName(b)}
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
                      {one(cell.mean)}
                      <span className="oc-heat__n">{t('heat.rated', { count: cell.count })}</span>
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <section className="oc-hot" aria-labelledby="oc-hot-title">
        <h2 id="oc-hot-title">{t('outcome.hotSpots')}</h2>
        {hotSpots.length ? (
          <ol>
            {hotSpots.map((h, i) => (
              <li key={i} data-testid="outcome-hot-spot">
                <strong>{t('outcome.hotAt', { burden: burdenName(h.burden), stage: h.stage })}</strong>
                <span className="oc-hot__figures">
                  {t('outcome.hotFigures', { mean: one(h.mean), count: h.count })}
                </span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="oc-muted">{t('outcome.noHotSpot')}</p>
        )}
      </section>
    </div>
  );
}
