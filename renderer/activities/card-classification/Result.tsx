import { useState } from 'react';
import type {
  CardClassificationConfig,
  CardClassificationResult,
} from '../../../shared/activities/cardClassification';
import { formatPercent, t } from '../../i18n';
import type { ResultProps } from '../types';
import { segmentsOf } from './split';
import { SplitBar } from './SplitBar';
import './cards.css';

/** Console: the split of every card, contested cards flagged; contested ones first on request. */
export default function CardClassificationResultView({
  config,
  result,
}: ResultProps<CardClassificationConfig, CardClassificationResult>) {
  const [contestedFirst, setContestedFirst] = useState(false);
  const byId = new Map(result.cards.map((c) => [c.id, c]));
  const contested = result.cards.filter((c) => c.contested).length;
  const unvoted = config.cards.filter((c) => !byId.get(c.id)?.total).length;
  const cards = contestedFirst
    ? [...config.cards].sort((a, b) => +!!byId.get(b.id)?.contested - +!!byId.get(a.id)?.contested)
    : config.cards;

  if (config.cards.length === 0) {
    return <p className="cards-result__empty">{t('plan.cards.empty')}</p>;
  }

  return (
    <div className="cards-result">
      <div className="cards-result__head">
        <p>
          <span className="contested-tag">{t('plan.cards.contested', { count: contested })}</span>{' '}
          {[
            t('plan.cards.of', { total: config.cards.length }),
            unvoted ? t('plan.cards.unvoted', { count: unvoted }) : null,
            t('plan.cards.rule', { threshold: formatPercent(config.contestedThreshold / 100) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <label className="cards-result__sort">
          <input
            type="checkbox"
            checked={contestedFirst}
            onChange={(e) => setContestedFirst(e.target.checked)}
          />{' '}
          {t('plan.cards.contestedFirst')}
        </label>
      </div>
      <ol className="cards-result__list">
        {cards.map((card) => {
          const r = byId.get(card.id);
          return (
            <li key={card.id} className={`cards-result__card${r?.contested ? ' is-contested' : ''}`}>
              <span className="cards-result__title">
                {r?.contested ? <span className="contested-tag">{t('plan.cards.contestedTag')}</span> : null}{' '}
                {card.title}
              </span>
              <SplitBar segments={segmentsOf(config, r)} percent />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
