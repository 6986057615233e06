import type { ScalePollConfig, ScalePollResult } from '../../../shared/activities/scalePoll';
import type { LiveProps } from '../types';
import { QuestionChart } from './QuestionChart';

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
            <QuestionChart config={config} item={item} tally={r} layout="side" />
          </section>
        );
      })}
    </div>
  );
}
