import type { TwoAxisRatingConfig, TwoAxisRatingResult } from '../../../shared/activities/twoAxisRating';
import { formatOneDecimal, t } from '../../i18n';
import type { ResultProps } from '../types';
import { NAMED_UP_TO, quadrantLabel } from './matrix';
import { Matrix, MatrixLegend } from './Matrix';

const fmt = (mean: number | null, spread: number | null) =>
  mean === null ? '–' : `${formatOneDecimal(mean)} ± ${formatOneDecimal(spread ?? 0)}`;

/** Console: the matrix and, per offering, mean ± spread of both ratings, the basics answers and the quadrant. */
export default function TwoAxisRatingResultView({
  config,
  result,
}: ResultProps<TwoAxisRatingConfig, TwoAxisRatingResult>) {
  const byId = new Map(result.items.map((r) => [r.id, r]));
  return (
    <div className="matrix-result">
      <Matrix config={config} result={result} />
      {config.items.length > NAMED_UP_TO ? <MatrixLegend config={config} result={result} /> : null}
      <table className="matrix-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('plan.matrix.offering')}</th>
            <th scope="col">{config.axes.x.label}</th>
            <th scope="col">{config.axes.y.label}</th>
            {config.basicsQuestion ? <th scope="col">{t('plan.matrix.basics')}</th> : null}
            <th scope="col">{t('plan.matrix.quadrant')}</th>
            <th scope="col">{t('plan.matrix.ratings')}</th>
          </tr>
        </thead>
        <tbody>
          {config.items.map((item, index) => {
            const r = byId.get(item.id);
            return (
              <tr key={item.id}>
                <td>{index + 1}</td>
                <th scope="row">{item.label}</th>
                <td>{fmt(r?.meanX ?? null, r?.spreadX ?? null)}</td>
                <td>{fmt(r?.meanY ?? null, r?.spreadY ?? null)}</td>
                {config.basicsQuestion ? (
                  <td>
                    {r ? `${r.basics.yes} / ${r.basics.no} / ${r.basics.unsure}` : '–'}
                    {r?.failsBasics ? (
                      <strong className="basics-first"> {t('plan.matrix.basicsFirst')}</strong>
                    ) : null}
                  </td>
                ) : null}
                <td>{r?.quadrant ? quadrantLabel(r.quadrant).name : '–'}</td>
                <td>{r?.count ?? 0}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
