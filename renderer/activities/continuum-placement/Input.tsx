import { useState } from 'react';
// Types only: the kind's module builds zod schemas, which the phone bundle must not carry.
import type {
  ContinuumPlacementConfig,
  ContinuumPlacementValue,
} from '../../../shared/activities/continuumPlacement';
import { bandOf } from '../../../shared/continuum';
import { bandLabel, t } from '../../i18n';
import { Progress } from '../card-classification/Progress';
import '../card-classification/stepper.css';
import { AnswerStatusLine } from '../common/AnswerStatusLine';
import type { InputProps } from '../types';
import { PlacementSlider } from './PlacementSlider';
import './input.css';

/**
 * Phone: one initiative at a time on the symbolic → substantive line. The slider only moves;
 * "Place it here" sends the answer, so a slider nobody touched is never counted. After the last
 * initiative a review lists every placement to revise while answers are open.
 */
export default function ContinuumPlacementInput({
  config,
  answers,
  open,
  onAnswer,
}: InputProps<ContinuumPlacementConfig, ContinuumPlacementValue>) {
  const items = config.items;
  const [index, setIndex] = useState(() => {
    const first = items.findIndex((i) => !answers[i.id]);
    return first < 0 ? items.length : first;
  });
  // Where the thumb is, per initiative, until it is placed (and after, while it is moved again).
  const [drafts, setDrafts] = useState<Record<string, number>>({});
  const answered = items.filter((i) => answers[i.id]).length;
  const go = (to: number) => setIndex(Math.max(0, Math.min(items.length, to)));

  if (index >= items.length) {
    return (
      <div className="stepper">
        <Progress
          answered={answered}
          total={items.length}
          label={t('continuum.progress', { answered, total: items.length })}
        />
        <div className="notice">
          {answered === items.length
            ? t('continuum.allPlaced', { total: items.length })
            : t('continuum.somePlaced', { answered, total: items.length })}{' '}
          {open ? t('continuum.tapToMove') : ''}
        </div>
        <ol className="stepper__review">
          {items.map((item, i) => {
            const mine = answers[item.id];
            return (
              <li key={item.id}>
                <button type="button" className="stepper__jump" onClick={() => go(i)}>
                  <span>{item.label}</span>
                  <b>{mine ? `${bandLabel(bandOf(mine.value))} · ${mine.value}` : '—'}</b>
                </button>
              </li>
            );
          })}
        </ol>
      </div>
    );
  }

  const item = items[index]!;
  const mine = answers[item.id];
  const current = drafts[item.id] ?? mine?.value ?? null;
  const band = current === null ? null : bandOf(current);
  // Placed = the hub has (or will have) exactly what the thumb shows.
  const placed = mine !== undefined && mine.value === current && mine.status.state !== 'rejected';
  const place = () => {
    if (!open) return;
    const value = current ?? 50;
    setDrafts((all) => ({ ...all, [item.id]: value }));
    onAnswer(item.id, value);
  };

  return (
    <div className="stepper">
      <Progress
        answered={answered}
        total={items.length}
        label={t('continuum.progress', { answered, total: items.length })}
      />
      <p className="stepper__position">
        {t('continuum.position', { index: index + 1, total: items.length })}
      </p>
      <div className="stepper__card stepper__card--short">
        <h2 className="stepper__title" id={`initiative-${item.id}`}>
          {item.label}
        </h2>
      </div>
      <p className={`cp-now ${band ? `cp-now--${band}` : ''}`} aria-hidden="true">
        {band ? (
          <>
            <span className="cp-now__band">{bandLabel(band)}</span>
            <span className="cp-now__value">{current}</span>
          </>
        ) : (
          <span className="cp-now__hint">{t('continuum.hint')}</span>
        )}
      </p>
      <PlacementSlider
        label={item.label}
        value={current}
        disabled={!open}
        onMove={(value) => setDrafts((all) => ({ ...all, [item.id]: value }))}
        onPlace={place}
      />
      <button
        type="button"
        className={`primary cp-place ${placed ? 'cp-place--placed' : ''}`}
        disabled={!open || placed}
        onClick={place}
      >
        {placed ? t('continuum.placedAt', { value: mine.value }) : t('continuum.place')}
      </button>
      {mine && !placed && mine.status.state !== 'rejected' ? (
        <p className="answer-status">
          {t('continuum.notPlaced', { value: mine.value, band: bandLabel(bandOf(mine.value)) })}
        </p>
      ) : (
        <AnswerStatusLine status={mine?.status} />
      )}
      <nav className="stepper__nav" aria-label={t('continuum.nav')}>
        <button type="button" className="choice" disabled={index === 0} onClick={() => go(index - 1)}>
          {t('nav.back')}
        </button>
        <button
          type="button"
          className={`choice ${placed ? 'cp-next--ready' : ''}`}
          onClick={() => go(index + 1)}
        >
          {index === items.length - 1 ? t('nav.done') : mine ? t('nav.next') : t('nav.skip')}
        </button>
      </nav>
    </div>
  );
}
