import type { ScalePollConfig, ScalePollResult } from '../../../shared/activities/scalePoll';
import { formatNumber, t } from '../../i18n';
import type { ResultProps } from '../types';
import { QuestionChart } from './QuestionChart';

const fmt = (n: number | null) =>
  n === null ? '–' : formatNumber(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

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
            <QuestionChart config={config} item={item} tally={r} layout="below" />
            <p className="scale-result__stats">
              {t('plan.scale.stats', {
                count: r?.count ?? 0,
                mean: fmt(r?.mean ?? null),
                median: fmt(r?.median ?? null),
                spread: fmt(r?.spread ?? null),
              })}
            </p>
          </section>
        );
      })}
    </div>
  );
}
