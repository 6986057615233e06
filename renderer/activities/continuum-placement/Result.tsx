import type {
  ContinuumPlacementConfig,
  ContinuumPlacementResult,
} from '../../../shared/activities/continuumPlacement';
import { bandLabel, t } from '../../i18n';
import type { ResultProps } from '../types';
import { ContinuumChart, formatPosition } from './ContinuumChart';

/**
 * Console: the chart, then a table by median (most substantive first) with the spread, so the
 * facilitator sees where the room agrees and where to ask why.
 */
export default function ContinuumPlacementResultView({
  config,
  result,
}: ResultProps<ContinuumPlacementConfig, ContinuumPlacementResult>) {
  const byId = new Map(result.items.map((r) => [r.id, r]));
  const rows = config.items
    .map((item) => ({ item, r: byId.get(item.id) }))
    .sort((a, b) => (b.r?.median ?? -1) - (a.r?.median ?? -1));
  return (
    <div className="cchart-result">
      <ContinuumChart config={config} results={result.items} compact />
      <table className="cchart-table">
        <caption className="visually-hidden">{t('plan.continuum.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.continuum.initiative')}</th>
            <th scope="col" className="cchart-table__num">
              {t('plan.continuum.median')}
            </th>
            <th scope="col">{t('plan.continuum.band')}</th>
            <th scope="col" className="cchart-table__num">
              {t('plan.continuum.spread')}
            </th>
            <th scope="col" className="cchart-table__num">
              {t('plan.continuum.placedBy')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ item, r }) => (
            <tr key={item.id} data-testid="continuum-row">
              <th scope="row">{item.label}</th>
              <td className="cchart-table__num">{formatPosition(r?.median ?? null)}</td>
              <td>
                {r?.band ? (
                  <span className={`cchart-band cchart-band--${r.band}`}>{bandLabel(r.band)}</span>
                ) : (
                  <span className="muted">{t('plan.continuum.notPlaced')}</span>
                )}
              </td>
              <td className="cchart-table__num">
                {r?.p25 != null && r.p75 != null ? (
                  <>
                    {formatPosition(r.p25)}–{formatPosition(r.p75)}{' '}
                    <span className="muted">({formatPosition(r.spread)})</span>
                  </>
                ) : (
                  '–'
                )}
              </td>
              <td className="cchart-table__num">{r?.count ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
