import type { Decision } from '../../../shared/exercises/simplify/schema';
import type { OutcomeOf } from '../../../shared/outcomes';
import { t } from '../../i18n';
import './outcome.css';

type Offering = OutcomeOf<'simplify'>['data']['offerings'][number];

/** The matrix read as a page: burden up, value to the right. */
const QUADRANTS: Decision[] = ['retire', 'simplify', 'question', 'keep'];

const QUADRANT_WORDS = {
  retire: () => [t('quadrant.retire'), t('quadrant.retireHint')],
  simplify: () => [t('quadrant.simplify'), t('quadrant.simplifyHint')],
  question: () => [t('quadrant.question'), t('quadrant.questionHint')],
  keep: () => [t('quadrant.keep'), t('quadrant.keepHint')],
} satisfies Record<Decision, () => [string, string]>;

/** The simplification matrix: each offering in the team's decision (or the ratings' suggestion). */
export function SimplifyOutcome({ outcome }: { outcome: OutcomeOf<'simplify'> }) {
  const offerings = outcome.data.offerings;
  const placeOf = (o: Offering) => o.decision ?? o.suggested;
  const unplaced = offerings.filter((o) => placeOf(o) === null);
  const basics = offerings.filter((o) => o.failsBasics).length;
  return (
    <div className="oc-simplify">
      <div className="oc-simplify__matrix">
        <p className="oc-simplify__axis oc-simplify__axis--y">{t('outcome.burdenAxis')}</p>
        <div className="oc-simplify__grid">
          {QUADRANTS.map((id) => {
            const here = offerings.filter((o) => placeOf(o) === id);
            const [label, hint] = QUADRANT_WORDS[id]();
            return (
              <section key={id} className={`oc-quadrant oc-quadrant--${id}`} aria-labelledby={`oc-q-${id}`}>
                <h2 id={`oc-q-${id}`}>
                  {label} <span className="oc-quadrant__hint">{hint}</span>
                </h2>
                <ul>
                  {here.map((o) => (
                    <li key={o.id} className="oc-offering" data-testid="outcome-offering">
                      <span>{o.name}</span>
                      {o.decision === null ? <span className="oc-tag">{t('outcome.suggested')}</span> : null}
                      {o.failsBasics ? (
                        <strong className="oc-tag oc-tag--basics">{t('outcome.basicsFirst')}</strong>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
        <p className="oc-simplify__axis oc-simplify__axis--x">{t('outcome.valueAxis')}</p>
      </div>
      <p className="oc-note">
        {basics ? `${t('outcome.basicsNote', { count: basics })} ` : ''}
        {unplaced.length ? t('outcome.unrated', { names: unplaced.map((o) => o.name).join(', ') }) : ''}
      </p>
    </div>
  );
}
