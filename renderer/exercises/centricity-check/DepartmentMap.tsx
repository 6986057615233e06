import type { DepartmentContactMap } from '../../../shared/exercises/centricity-check/departments';
import { formatPercent, t } from '../../i18n';

/** In words, so the map reads without colour: how much of the room says so. */
function verdict(share: number): { text: string; tone: 'most' | 'split' | 'few' } {
  if (share >= 2 / 3) return { text: t('plan.departments.most'), tone: 'most' };
  if (share >= 1 / 3) return { text: t('plan.departments.split'), tone: 'split' };
  return { text: t('plan.departments.few'), tone: 'few' };
}

/** Which departments the room says have regular, direct contact with customers. */
export function DepartmentMap({ map }: { map: DepartmentContactMap }) {
  return (
    <div>
      <ul className="department-map" aria-label={t('plan.departments.label')}>
        {map.rows.map((row) => {
          const percent = Math.round(row.share * 100);
          const { text, tone } = verdict(row.share);
          return (
            <li
              key={row.id}
              className={`department-tile department-tile--${tone}`}
              data-testid="department-tile"
            >
              <span className="department-tile__name">{row.name}</span>
              <span className="department-tile__percent">{formatPercent(row.share)}</span>
              <span className="department-tile__bar" aria-hidden="true">
                <span style={{ width: `${percent}%` }} />
              </span>
              <span className="department-tile__count">
                {t('plan.departments.count', { count: row.count, total: map.respondents })} · {text}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="muted">{t('plan.departments.note', { count: map.respondents })}</p>
    </div>
  );
}
