import type { ScalePollConfig, ScalePollResult } from '../../../shared/activities/scalePoll';
import { Distribution } from '../common/Distribution';
import type { LiveProps } from '../types';
import { PreviousMarker } from './PreviousMarker';

/** Projector: one distribution per question, average marked, and last time’s average when there is one. */
export default function ScalePollLive({ config, result }: LiveProps<ScalePollConfig, ScalePollResult>) {
  const many = config.items.length > 2;
  return (
    <div className={`scale-live ${many ? 'scale-live--grid' : ''}`}>
      {config.items.map((item) => {
        const r = result.items.find((x) => x.id === item.id);
        return (
          <section key={item.id} className="scale-live__item">
            <h2 className="scale-live__label">{item.label}</h2>
            <PreviousMarker
              previous={item.previous}
              mean={r?.mean ?? null}
              min={config.min}
              steps={config.max - config.min + 1}
              layout="side"
            >
              <Distribution
                label={item.label}
                distribution={r?.distribution ?? new Array<number>(config.max - config.min + 1).fill(0)}
                min={config.min}
                mean={r?.mean ?? null}
              />
            </PreviousMarker>
          </section>
        );
      })}
    </div>
  );
}
