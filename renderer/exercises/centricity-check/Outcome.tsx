import type { OutcomeOf } from '../../../shared/outcomes';
import { formatNumber, formatPercent, t } from '../../i18n';
import './outcome.css';

const one = (n: number) => formatNumber(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Each tough question's mean score, with last time's beside it when there is one. */
export function CentricityOutcome({ outcome }: { outcome: OutcomeOf<'centricity-check'> }) {
  const { questions, respondents, departments } = outcome.data;
  return (
    <div className="oc-centricity">
      <p className="oc-note">
        {t('outcome.scaleNote', {
          respondents,
          min: questions[0]?.scaleMin ?? 1,
          max: questions[0]?.scaleMax ?? 5,
        })}{' '}
        <span className="oc-score__dot oc-score__dot--inline" aria-hidden="true" />{' '}
        {t('outcome.thisWorkshop')}{' '}
        <span className="oc-score__dot oc-score__dot--last oc-score__dot--inline" aria-hidden="true" />{' '}
        {t('outcome.lastTimeKey')}
      </p>
      <ol className="oc-centricity__list">
        {questions.map((q) => {
          const previous = q.trend.length >= 2 && q.change !== null ? q.trend[q.trend.length - 2]! : null;
          const span = Math.max(1, q.scaleMax - q.scaleMin);
          const at = (v: number) => `${((v - q.scaleMin) / span) * 100}%`;
          return (
            <li key={q.id} className="oc-score" data-testid="outcome-score">
              <p className="oc-score__text">{q.text}</p>
              <p className="oc-score__mean">
                {q.mean === null ? <span className="oc-muted">{t('outcome.noAnswers')}</span> : one(q.mean)}
              </p>
              <p className="oc-score__last">
                {previous && q.change !== null ? (
                  <>
                    {t('outcome.lastScore', { label: previous.label, mean: one(previous.mean) })} ·{' '}
                    <strong className={q.change >= 0 ? 'oc-up' : 'oc-down'}>
                      {q.change > 0 ? '▲ +' : q.change < 0 ? '▼ −' : '± '}
                      {one(Math.abs(q.change))}
                    </strong>
                  </>
                ) : (
                  t('outcome.noEarlier')
                )}
              </p>
              <div className="oc-score__track" aria-hidden="true">
                {previous ? (
                  <span className="oc-score__dot oc-score__dot--last" style={{ left: at(previous.mean) }} />
                ) : null}
                {q.mean !== null ? <span className="oc-score__dot" style={{ left: at(q.mean) }} /> : null}
              </div>
            </li>
          );
        })}
      </ol>
      {departments && departments.length ? (
        <p className="oc-centricity__departments">
          <strong>{t('outcome.inContact')}</strong>{' '}
          {departments
            .slice(0, 6)
            .map((d) => `${d.name} ${formatPercent(d.share)}`)
            .join(' · ')}
        </p>
      ) : null}
    </div>
  );
}
