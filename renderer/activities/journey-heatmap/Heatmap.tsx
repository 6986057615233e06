import type { ReactNode } from 'react';
import type { Burden } from '../../../shared/burdens';
import { burdenLabel, formatNumber, t } from '../../i18n';
import {
  HEAT_LEVELS,
  type JourneyCell,
  type JourneyRow,
} from '../../../shared/exercises/burden-journey/cells';
import './heatmap.css';

export interface CellAction {
  /** Accessible name of the button, e.g. "Make an initiative: Cut the worry at “Buy”". */
  label: string;
  /** Shown on the cell once done, e.g. "Initiative ✓". */
  done: boolean;
  onClick: () => void;
}

interface Props {
  rows: readonly JourneyRow[];
  burdens: readonly Burden[];
  /** Before/after purchase per stage id, when known: adds a header row over the stages. */
  phases?: Readonly<Record<string, 'before' | 'after'>>;
  /** Rank (1 = worst) of the heaviest cells, keyed `${stageId}:${burden}`: outlined and numbered. */
  ranks?: ReadonlyMap<string, number>;
  /** The console makes cells buttons (e.g. turn the cell into an initiative). */
  action?: (cell: JourneyCell, row: JourneyRow) => CellAction | null;
  caption?: ReactNode;
}

export const cellKey = (stageId: string, burden: Burden) => `${stageId}:${burden}`;

const fmt = (mean: number) => formatNumber(mean, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * Stage × burden: stages left to right as the customer lives them, one row per burden. Every cell
 * shows its mean and how many rated it; the shade repeats the mean for a quick look, never alone.
 * Sized in em: the projector and the console set the base size.
 */
export function Heatmap({ rows, burdens, phases, ranks, action, caption }: Props) {
  const groups = phases ? phaseGroups(rows, phases) : null;
  return (
    <div className={`heatmap ${rows.length > 8 ? 'heatmap--dense' : ''}`}>
      <table className="heatmap__table">
        {caption ? <caption className="heatmap__caption">{caption}</caption> : null}
        <thead>
          {groups ? (
            <tr className="heatmap__phases">
              <td />
              {groups.map((g, i) => (
                <th
                  key={i}
                  scope="colgroup"
                  colSpan={g.span}
                  className={`heatmap__phase heatmap__phase--${g.phase}`}
                >
                  {g.phase === 'before' ? t('heat.before') : t('heat.after')}
                </th>
              ))}
            </tr>
          ) : null}
          <tr>
            <td className="heatmap__corner" />
            {rows.map((row) => (
              <th key={row.stageId} scope="col" className="heatmap__stage">
                <span className="heatmap__stage-name">{row.label}</span>
                <span className="heatmap__stage-count">{t('heat.people', { count: row.count })}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {burdens.map((burden, b) => (
            <tr key={burden}>
              <th scope="row" className="heatmap__burden">
                {burdenLabel(burden)}
              </th>
              {rows.map((row) => {
                const cell = row.cells[b]!;
                const rank = ranks?.get(cellKey(row.stageId, burden));
                return (
                  <HeatCell
                    key={row.stageId}
                    cell={cell}
                    rank={rank}
                    action={action?.(cell, row) ?? null}
                    row={row}
                  />
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HeatCell({
  cell,
  row,
  rank,
  action,
}: {
  cell: JourneyCell;
  row: JourneyRow;
  rank: number | undefined;
  action: CellAction | null;
}) {
  const level = cell.level;
  const label =
    cell.mean === null
      ? t('heat.cellEmpty', { burden: burdenLabel(cell.burden), stage: row.label })
      : t('heat.cell', {
          burden: burdenLabel(cell.burden),
          stage: row.label,
          mean: fmt(cell.mean),
          count: cell.count,
        });
  const body = (
    <>
      {rank ? (
        <span className="heatmap__rank" aria-label={t('heat.rank', { rank })}>
          {rank}
        </span>
      ) : null}
      <span className="heatmap__mean">{cell.mean === null ? '–' : fmt(cell.mean)}</span>
      <span className="heatmap__count">
        {cell.mean === null ? t('heat.noRatings') : t('heat.rated', { count: cell.count })}
      </span>
      {action ? (
        <span className={`heatmap__action ${action.done ? 'heatmap__action--done' : ''}`}>
          {action.done ? t('heat.initiativeDone') : t('heat.initiative')}
        </span>
      ) : null}
    </>
  );
  return (
    <td
      className={`heatmap__cell ${level === null ? 'heatmap__cell--empty' : `heat-${level}`} ${rank ? 'heatmap__cell--ranked' : ''}`}
      data-level={level ?? 'none'}
      data-testid={`cell-${row.stageId}-${cell.burden}`}
      title={label}
    >
      {action ? (
        <button
          type="button"
          className="heatmap__button"
          aria-label={action.label}
          aria-pressed={action.done}
          onClick={action.onClick}
        >
          {body}
        </button>
      ) : (
        <span className="heatmap__inner" aria-label={label}>
          {body}
        </span>
      )}
    </td>
  );
}

function phaseGroups(rows: readonly JourneyRow[], phases: Readonly<Record<string, 'before' | 'after'>>) {
  const groups: Array<{ phase: 'before' | 'after'; span: number }> = [];
  for (const row of rows) {
    const phase = phases[row.stageId] ?? 'after';
    const last = groups.at(-1);
    if (last?.phase === phase) last.span += 1;
    else groups.push({ phase, span: 1 });
  }
  return groups;
}

/** The palette as a key: what each shade means, in numbers. */
export function HeatLegend() {
  const step = 3 / HEAT_LEVELS;
  return (
    <div className="heat-legend" role="group" aria-label={t('heat.key')}>
      <span className="heat-legend__end">{t('heat.none')}</span>
      {Array.from({ length: HEAT_LEVELS }, (_, level) => (
        <span key={level} className={`heat-legend__swatch heat-${level}`}>
          {fmt(level * step)}–{fmt((level + 1) * step)}
        </span>
      ))}
      <span className="heat-legend__end">{t('heat.aLot')}</span>
    </div>
  );
}
