import { isActivityKindId } from '../../../shared/activities/registry';
import type { OutcomeOf } from '../../../shared/outcomes';
import { t } from '../../i18n';
import { kindName } from '../../i18n/kinds';
import './outcome.css';

/** Each question with its answers, as the plan prints them; the top rows only on the wall. */
export function OwnOutcome({ outcome }: { outcome: OutcomeOf<'own'> }) {
  const { prompt, questions } = outcome.data;
  return (
    <div className="oc-own">
      {prompt ? <p className="oc-own__prompt">{prompt}</p> : null}
      {questions.map((q) => (
        <section key={q.id} className="oc-own__question" aria-label={q.title}>
          <h2>{q.title}</h2>
          <p className="oc-note">
            {t('outcome.own.answered', {
              answered: q.answered,
              participants: q.participants,
              kind: q.kind && isActivityKindId(q.kind) ? kindName(q.kind) : q.kindLabel,
            })}
          </p>
          <ol className="oc-own__rows">
            {q.rows.slice(0, 6).map((row, k) => (
              <li key={k}>
                <span className="oc-own__item">{row.item}</span>
                <span className="oc-own__result">
                  {row.answers ? `${row.answers} · ` : ''}
                  {row.result}
                </span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
