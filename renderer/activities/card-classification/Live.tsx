import { useEffect, useState } from 'react';
import type {
  CardClassificationConfig,
  CardClassificationResult,
} from '../../../shared/activities/cardClassification';
import { formatPercent, t } from '../../i18n';
import type { LiveProps } from '../types';
import { segmentsOf } from './split';
import { SplitBar, SplitKey } from './SplitBar';
import './cards.css';

/** Cards per projector page: big enough to read from the back of the room. */
export const CARDS_PER_PAGE = 16;
const PAGE_SECONDS = 12;

/**
 * Projector: every card's split as the votes arrive, contested cards flagged. More cards than fit
 * are shown page by page, turning on their own.
 */
export default function CardClassificationLive({
  config,
  result,
}: LiveProps<CardClassificationConfig, CardClassificationResult>) {
  const byId = new Map(result.cards.map((c) => [c.id, c]));
  const pages = Math.max(1, Math.ceil(config.cards.length / CARDS_PER_PAGE));
  const [page, setPage] = useState(0);
  useEffect(() => {
    if (pages < 2) return;
    const timer = setInterval(() => setPage((p) => (p + 1) % pages), PAGE_SECONDS * 1000);
    return () => clearInterval(timer);
  }, [pages]);
  const current = page % pages;
  const shown = config.cards.slice(current * CARDS_PER_PAGE, (current + 1) * CARDS_PER_PAGE);
  const contested = result.cards.filter((c) => c.contested).length;
  const roomy = config.cards.length <= 6;

  if (config.cards.length === 0) {
    return (
      <p className="cards-live__empty" data-testid="live-no-cards">
        {t('live.noCards')}
      </p>
    );
  }

  return (
    <div className={`cards-live${roomy ? ' cards-live--roomy' : ''}`}>
      <p className="cards-live__summary">
        <span className="contested-tag">{t('live.contested', { count: contested })}</span>{' '}
        {t('live.ofCards', { total: config.cards.length })}
        <span className="cards-live__rule">
          {t('live.contestedRule', { threshold: formatPercent(config.contestedThreshold / 100) })}
        </span>
        <SplitKey segments={segmentsOf(config, undefined)} />
        {pages > 1 ? (
          <span className="cards-live__page">{t('live.page', { page: current + 1, pages })}</span>
        ) : null}
      </p>
      <ol className="cards-live__grid" start={current * CARDS_PER_PAGE + 1}>
        {shown.map((card) => {
          const r = byId.get(card.id);
          return (
            <li
              key={card.id}
              className={`cards-live__card${r?.contested ? ' is-contested' : ''}`}
              data-testid="live-card"
            >
              <span className="cards-live__title">
                {r?.contested ? (
                  <span className="contested-tag" title={t('live.contestedTitle')}>
                    {'⚑'}
                    <span className="visually-hidden">{t('live.contestedHidden')}</span>
                  </span>
                ) : null}{' '}
                {card.title}
              </span>
              <SplitBar segments={segmentsOf(config, r)} inline />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
