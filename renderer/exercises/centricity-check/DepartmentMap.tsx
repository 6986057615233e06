import type { DepartmentContactMap } from '../../../shared/exercises/centricity-check/departments';

/** In words, so the map reads without colour: how much of the room says so. */
function verdict(share: number): { text: string; tone: 'most' | 'split' | 'few' } {
  if (share >= 2 / 3) return { text: 'Most say yes', tone: 'most' };
  if (share >= 1 / 3) return { text: 'Room is split', tone: 'split' };
  return { text: 'Few say yes', tone: 'few' };
}

/** Which departments the room says have regular, direct contact with customers. */
export function DepartmentMap({ map }: { map: DepartmentContactMap }) {
  return (
    <div>
      <ul className="department-map" aria-label="Departments in regular, direct contact with customers">
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
              <span className="department-tile__percent">{percent}%</span>
              <span className="department-tile__bar" aria-hidden="true">
                <span style={{ width: `${percent}%` }} />
              </span>
              <span className="department-tile__count">
                {row.count} of {map.respondents} · {text}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="muted">
        {map.respondents} {map.respondents === 1 ? 'person' : 'people'} answered; each ticked every department
        they see in regular, direct contact with customers.
      </p>
    </div>
  );
}
