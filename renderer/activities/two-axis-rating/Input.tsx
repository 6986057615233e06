import { useState } from 'react';
import type {
  Axis,
  BASICS_ANSWERS as SHARED_BASICS_ANSWERS,
  BasicsAnswer,
  TwoAxisRatingConfig,
  TwoAxisRatingValue,
} from '../../../shared/activities/twoAxisRating';
import { Progress } from '../card-classification/Progress';
import '../card-classification/stepper.css';
import { t } from '../../i18n';
import { AnswerStatusLine } from '../common/AnswerStatusLine';
import type { InputProps } from '../types';

// Type-only imports keep the kind's zod schemas out of the phone bundle; the type keeps this in sync.
const BASICS_ANSWERS: typeof SHARED_BASICS_ANSWERS = ['yes', 'no', 'unsure'];

const basicsLabel = (answer: BasicsAnswer) =>
  ({ yes: t('rating.yes'), no: t('rating.no'), unsure: t('rating.unsure') })[answer];

/**
 * Phone: one offering at a time: value 1–5, burden 1–5 and "does it meet the basics?". An answer
 * is sent once both ratings are given, and again on every change while voting is open.
 */
export default function TwoAxisRatingInput({
  config,
  answers,
  open,
  onAnswer,
}: InputProps<TwoAxisRatingConfig, TwoAxisRatingValue>) {
  const items = config.items;
  const [index, setIndex] = useState(() => {
    const first = items.findIndex((i) => !answers[i.id]);
    return first < 0 ? 0 : first;
  });
  // Ratings given before both axes are set: kept here until the answer can be sent.
  const [drafts, setDrafts] = useState<Record<string, Partial<TwoAxisRatingValue>>>({});
  const answered = items.filter((i) => answers[i.id]).length;
  const item = items[index]!;
  const mine = answers[item.id];
  const current: Partial<TwoAxisRatingValue> = { ...mine?.value, ...drafts[item.id] };
  const complete = (v: Partial<TwoAxisRatingValue>) =>
    v.x !== undefined && v.y !== undefined && (!config.basicsQuestion || v.basics !== undefined);

  const set = (change: Partial<TwoAxisRatingValue>) => {
    const next = { ...current, ...change };
    setDrafts((all) => ({ ...all, [item.id]: next }));
    if (next.x === undefined || next.y === undefined) return;
    onAnswer(item.id, {
      x: next.x,
      y: next.y,
      ...(config.basicsQuestion && next.basics ? { basics: next.basics } : {}),
    });
    if (complete(next) && !complete(current) && index < items.length - 1) setIndex(index + 1);
  };

  return (
    <div className="stepper">
      <Progress
        answered={answered}
        total={items.length}
        label={t('rating.progress', { answered, total: items.length })}
      />
      <p className="stepper__position">{t('rating.position', { index: index + 1, total: items.length })}</p>
      <div className="stepper__card stepper__card--short">
        <h2 className="stepper__title">{item.label}</h2>
      </div>
      <fieldset className="item" disabled={!open}>
        <AxisRating
          axis={config.axes.x}
          hint={t('rating.valueHint')}
          ends={[t('rating.little'), t('rating.aLot')]}
          value={current.x}
          onRate={(x) => set({ x })}
        />
        <AxisRating
          axis={config.axes.y}
          hint={t('rating.burdenHint')}
          ends={[t('rating.light'), t('rating.heavy')]}
          value={current.y}
          onRate={(y) => set({ y })}
        />
        {config.basicsQuestion ? (
          <div className="rating">
            <p className="item__label" id={`basics-${item.id}`}>
              {t('rating.basics')}
            </p>
            <div className="scale-row scale-row--3" role="radiogroup" aria-labelledby={`basics-${item.id}`}>
              {BASICS_ANSWERS.map((b) => (
                <button
                  key={b}
                  type="button"
                  role="radio"
                  aria-checked={current.basics === b}
                  className="choice"
                  onClick={() => set({ basics: b })}
                >
                  {basicsLabel(b)}
                </button>
              ))}
            </div>
          </div>
        ) : null}
      </fieldset>
      {(current.x === undefined) !== (current.y === undefined) ? (
        <p className="answer-status">{t('rating.rateBoth')}</p>
      ) : (
        <AnswerStatusLine status={mine?.status} />
      )}
      <nav className="stepper__nav" aria-label={t('rating.nav')}>
        <button type="button" className="choice" disabled={index === 0} onClick={() => setIndex(index - 1)}>
          {t('nav.back')}
        </button>
        <button
          type="button"
          className="choice"
          disabled={index === items.length - 1}
          onClick={() => setIndex(index + 1)}
        >
          {t('nav.next')}
        </button>
      </nav>
    </div>
  );
}

function AxisRating(props: {
  axis: Axis;
  hint: string;
  ends: [string, string];
  value: number | undefined;
  onRate: (value: number) => void;
}) {
  const { axis, value } = props;
  const values = Array.from({ length: axis.max - axis.min + 1 }, (_, i) => axis.min + i);
  const id = `axis-${axis.label.replace(/\W+/g, '-')}`;
  return (
    <div className="rating">
      <p className="item__label" id={id}>
        {axis.label}
        <span className="rating__hint">{props.hint}</span>
      </p>
      <div
        className="scale-row"
        role="radiogroup"
        aria-labelledby={id}
        style={{ gridTemplateColumns: `repeat(${values.length}, 1fr)` }}
      >
        {values.map((v) => (
          <button
            key={v}
            type="button"
            role="radio"
            aria-checked={value === v}
            className="choice choice--number"
            onClick={() => props.onRate(v)}
          >
            {v}
          </button>
        ))}
      </div>
      <div className="scale-ends" aria-hidden="true">
        <span>
          {axis.min} {props.ends[0]}
        </span>
        <span>
          {axis.max} {props.ends[1]}
        </span>
      </div>
    </div>
  );
}
