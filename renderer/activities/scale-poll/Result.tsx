import type { ScalePollConfig, ScalePollResult } from '../../../shared/activities/scalePoll';
import { Distribution } from '../common/Distribution';
import type { ResultProps } from '../types';
import { PreviousMarker } from './PreviousMarker';

const fmt = (n: number | null) => (n === null ? '–' : n.toFixed(1));

/** Console: per question the distribution, average, median and spread (high spread = the room disagrees). */
export default function ScalePollResultView({
  config,
  result,
}: ResultProps<ScalePollConfig, ScalePollResult>) {
  return (
    <div className="scale-result">
      {config.items.map((item) => {
        const r = result.items.find((x) => x.id === item.id);
        return (
          <section key={item.id} className="scale-result__item">
            <h3>{item.label}</h3>
            <PreviousMarker
              previous={item.previous}
              mean={r?.mean ?? null}
              min={config.min}
              steps={config.max - config.min + 1}
              layout="below"
            >
              <Distribution
                label={item.label}
                distribution={r?.distribution ?? new Array<number>(config.max - config.min + 1).fill(0)}
                min={config.min}
                mean={r?.mean ?? null}
              />
            </PreviousMarker>
            <p className="scale-result__stats">
              {r?.count === 1 ? '1 answer' : `${r?.count ?? 0} answers`} · average {fmt(r?.mean ?? null)} ·
              median {fmt(r?.median ?? null)} · spread {fmt(r?.spread ?? null)}
            </p>
          </section>
        );
      })}
    </div>
  );
}
