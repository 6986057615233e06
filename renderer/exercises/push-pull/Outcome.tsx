import type { BoardColumn } from '../../../shared/exercises/push-pull/schema';
import type { OutcomeOf } from '../../../shared/outcomes';
import { t } from '../../i18n';
import './outcome.css';

type Card = OutcomeOf<'push-pull'>['data']['cards'][number];

const lanes = (): Array<{ id: BoardColumn | 'none'; label: string }> => [
  { id: 'push', label: t('outcome.pushed') },
  { id: 'pull', label: t('outcome.pulled') },
  { id: 'contested', label: t('outcome.stillContested') },
  { id: 'none', label: t('outcome.notPlaced') },
];

function votes(card: Card): string {
  if (!card.votes) return t('outcome.noVotes');
  const split = t('outcome.votes', { push: card.votes.push, pull: card.votes.pull });
  return card.votes.unsure ? `${split} · ${t('outcome.unsureVotes', { unsure: card.votes.unsure })}` : split;
}

/** The team's final push/pull board; cards the room's vote left contested are marked. */
export function PushPullOutcome({ outcome }: { outcome: OutcomeOf<'push-pull'> }) {
  const cards = outcome.data.cards;
  const shown = lanes()
    .map((lane) => ({
      ...lane,
      cards: cards.filter((c) => (c.decision ?? 'none') === lane.id),
    }))
    .filter((lane) => lane.cards.length > 0 || lane.id === 'push' || lane.id === 'pull');
  const dense = cards.length > 16;
  return (
    <div
      className={`oc-board ${dense ? 'oc-board--dense' : ''}`}
      style={{ gridTemplateColumns: `repeat(${shown.length}, 1fr)` }}
    >
      {shown.map((lane) => (
        <section
          key={lane.id}
          className={`oc-lane oc-lane--${lane.id}`}
          aria-labelledby={`oc-lane-${lane.id}`}
        >
          <h2 id={`oc-lane-${lane.id}`}>
            {lane.label} <span className="oc-lane__count">{lane.cards.length}</span>
          </h2>
          <ul>
            {lane.cards.map((card) => (
              <li key={card.id} className="oc-card" data-testid="outcome-card">
                <span className="oc-card__title">{card.title}</span>
                <span className="oc-card__votes">
                  {card.contested ? (
                    <strong className="oc-tag oc-tag--contested">{t('live.contestedTitle')}</strong>
                  ) : null}{' '}
                  {votes(card)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
