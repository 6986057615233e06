import { useRef, useState, type PointerEvent } from 'react';
import type {
  CardClassificationConfig,
  CardClassificationValue,
} from '../../../shared/activities/cardClassification';
import { t } from '../../i18n';
import { AnswerStatusLine } from '../common/AnswerStatusLine';
import { Progress } from './Progress';
import './stepper.css';
import type { InputProps } from '../types';

/** A horizontal swipe this long (px) moves to the next or previous card. */
const SWIPE = 60;

/**
 * Phone: one card at a time with a big button per category and "12 of 40". A tap answers and moves
 * on; Back (or a swipe) goes to earlier cards to revise them while voting is open.
 */
export default function CardClassificationInput({
  config,
  answers,
  open,
  onAnswer,
}: InputProps<CardClassificationConfig, CardClassificationValue>) {
  const cards = config.cards;
  const [index, setIndex] = useState(() => {
    const first = cards.findIndex((c) => !answers[c.id]);
    return first < 0 ? cards.length : first;
  });
  const start = useRef<{ x: number; y: number } | null>(null);
  const answered = cards.filter((c) => answers[c.id]).length;
  const go = (to: number) => setIndex(Math.max(0, Math.min(cards.length, to)));

  const onPointerDown = (e: PointerEvent) => {
    start.current = { x: e.clientX, y: e.clientY };
  };
  const onPointerUp = (e: PointerEvent) => {
    const from = start.current;
    start.current = null;
    if (!from) return;
    const dx = e.clientX - from.x;
    if (Math.abs(dx) > SWIPE && Math.abs(dx) > 2 * Math.abs(e.clientY - from.y))
      go(index + (dx < 0 ? 1 : -1));
  };

  // The hub opens a sort only once it has cards; this is for a config that lost them meanwhile.
  if (cards.length === 0) {
    return (
      <div className="notice" role="status">
        {t('cards.none')}
      </div>
    );
  }

  if (index >= cards.length) {
    return (
      <div className="stepper">
        <Progress
          answered={answered}
          total={cards.length}
          label={t('cards.progress', { answered, total: cards.length })}
        />
        <div className="notice">
          {answered === cards.length
            ? t('cards.allSorted', { total: cards.length })
            : t('cards.someSorted', { answered, total: cards.length })}{' '}
          {open ? t('cards.tapToChange') : ''}
        </div>
        <ol className="stepper__review">
          {cards.map((card, i) => {
            const mine = answers[card.id];
            const label = config.categories.find((c) => c.id === mine?.value)?.label;
            return (
              <li key={card.id}>
                <button type="button" className="stepper__jump" onClick={() => go(i)}>
                  <span>{card.title}</span>
                  <b>{label ?? '—'}</b>
                </button>
              </li>
            );
          })}
        </ol>
      </div>
    );
  }

  const card = cards[index]!;
  const mine = answers[card.id];
  return (
    <div className="stepper">
      <Progress
        answered={answered}
        total={cards.length}
        label={t('cards.progress', { answered, total: cards.length })}
      />
      <p className="stepper__position">{t('cards.position', { index: index + 1, total: cards.length })}</p>
      <div
        className="stepper__card"
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
        onPointerCancel={() => (start.current = null)}
      >
        <h2 className="stepper__title" id={`card-${card.id}`}>
          {card.title}
        </h2>
      </div>
      <fieldset className="item" disabled={!open}>
        <legend className="visually-hidden">{card.title}</legend>
        <div className="options" role="radiogroup" aria-labelledby={`card-${card.id}`}>
          {config.categories.map((category) => (
            <button
              key={category.id}
              type="button"
              role="radio"
              aria-checked={mine?.value === category.id}
              className={`choice choice--big choice--${category.id}`}
              onClick={() => {
                onAnswer(card.id, category.id);
                go(index + 1);
              }}
            >
              {category.label}
            </button>
          ))}
        </div>
      </fieldset>
      <AnswerStatusLine status={mine?.status} />
      <nav className="stepper__nav" aria-label={t('cards.nav')}>
        <button type="button" className="choice" disabled={index === 0} onClick={() => go(index - 1)}>
          {t('nav.back')}
        </button>
        <button type="button" className="choice" onClick={() => go(index + 1)}>
          {mine ? t('nav.next') : t('nav.skip')}
        </button>
      </nav>
    </div>
  );
}
