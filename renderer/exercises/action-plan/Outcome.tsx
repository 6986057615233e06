import { BAND_RANGES, BANDS } from '../../../shared/continuum';
import type { OutcomeOf } from '../../../shared/outcomes';
import { bandLabel, t } from '../../i18n';
import './outcome.css';

type Marker = OutcomeOf<'action-plan'>['data']['markers'][number];

/** A marker's width on the line, in percent of it, with a little air: closer ones go a row down. */
const MARKER_SPAN = 4.2;
/** Where the rows of markers start under the line, and how far apart they are (em). */
const FIRST_ROW = 2.6;
const ROW = 1.55;

/** Rows for the numbered markers so that no two overlap: each goes into the first row with room. */
export function markerRows(markers: readonly Marker[]): number[] {
  const rowEnds: number[] = [];
  return markers.map((m) => {
    let row = rowEnds.findIndex((end) => m.position - end >= MARKER_SPAN);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = m.position;
    return row;
  });
}

/**
 * The action plan on the continuum: numbered markers on the line (numbered as in the PDF), and
 * the initiatives listed left to right under it, each with its band and dot votes.
 */
export function ActionPlanOutcome({ outcome }: { outcome: OutcomeOf<'action-plan'> }) {
  const { markers, unplaced } = outcome.data;
  const rows = markerRows(markers);
  const rowCount = Math.max(1, ...rows.map((r) => r + 1));
  return (
    <div className="oc-plan">
      <div className="oc-line" style={{ height: `${FIRST_ROW + rowCount * ROW}em` }}>
        <div className="oc-line__labels">
          {BANDS.map((band) => (
            <span key={band} className="oc-line__label">
              {bandLabel(band)}{' '}
              <span className="oc-line__range">
                {BAND_RANGES[band][0]}–{BAND_RANGES[band][1]}
              </span>
            </span>
          ))}
        </div>
        <div className="oc-line__bands" aria-hidden="true">
          {BANDS.map((band) => (
            <span key={band} className={`oc-line__band oc-line__band--${band}`} />
          ))}
        </div>
        <ol className="oc-line__markers" aria-label={t('outcome.onTheLine')}>
          {markers.map((m, i) => (
            <li
              key={m.id}
              className={`oc-marker oc-marker--${m.positionSource}`}
              style={{ left: `${m.position}%`, top: `${FIRST_ROW + rows[i]! * ROW}em` }}
              data-testid="outcome-marker"
            >
              <span className="oc-sr">{t('outcome.initiative')} </span>
              {m.number}
            </li>
          ))}
        </ol>
      </div>
      <p className="oc-note oc-plan__legend">
        <span className="oc-marker oc-marker--agreed oc-marker--inline" aria-hidden="true" />{' '}
        {t('outcome.agreedKey')}{' '}
        <span className="oc-marker oc-marker--votes oc-marker--inline" aria-hidden="true" />{' '}
        {t('outcome.medianKey')} · {t('outcome.listOrder')}
      </p>
      <ol className="oc-plan__list" aria-label={t('outcome.onTheLine')}>
        {markers.map((m) => (
          <li
            key={m.id}
            className={`oc-initiative oc-initiative--${m.band}`}
            data-testid="outcome-initiative"
          >
            <span className="oc-initiative__number">{m.number}</span>
            <span className="oc-initiative__title">{m.title}</span>
            <span className="oc-initiative__dots">
              {t('outcome.bandDots', { band: bandLabel(m.band), count: m.priority })}
            </span>
          </li>
        ))}
      </ol>
      {unplaced.length ? (
        <p className="oc-note oc-plan__unplaced">
          <strong>{t('outcome.notPlaced')}:</strong>{' '}
          {unplaced.map((u) => `${u.number} ${u.title}`).join(' · ')}
        </p>
      ) : null}
    </div>
  );
}
