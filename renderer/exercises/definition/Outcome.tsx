import type { OutcomeOf } from '../../../shared/outcomes';
import { t } from '../../i18n';
import './outcome.css';

/** The team's definition, the two lists side by side. */
export function DefinitionOutcome({ outcome }: { outcome: OutcomeOf<'definition'> }) {
  const { means, notMeans, draft } = outcome.data;
  const long = means.length + notMeans.length > 600;
  return (
    <div className={`oc-definition ${long ? 'oc-definition--long' : ''}`}>
      <section className="oc-definition__col oc-definition__col--means" aria-labelledby="oc-means">
        <h2 id="oc-means">{t('outcome.means')}</h2>
        <p>{means || '—'}</p>
      </section>
      <section className="oc-definition__col oc-definition__col--not" aria-labelledby="oc-not-means">
        <h2 id="oc-not-means">{t('outcome.notMeans')}</h2>
        <p>{notMeans || '—'}</p>
      </section>
      {draft ? <p className="oc-note">{t('outcome.draft')}</p> : null}
    </div>
  );
}
