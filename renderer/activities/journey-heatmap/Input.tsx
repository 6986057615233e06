import { useState } from 'react';
import type { JourneyHeatmapConfig, JourneyHeatmapValue } from '../../../shared/activities/journeyHeatmap';
import type { BURDEN_LABELS as SHARED_BURDEN_LABELS, Burden } from '../../../shared/burdens';
import { AnswerStatusLine } from '../common/AnswerStatusLine';
import type { InputProps } from '../types';
import './input.css';

// shared/burdens holds zod schemas too: a type-only import keeps them out of the phone bundle.
const BURDEN_LABELS: typeof SHARED_BURDEN_LABELS = {
  time: 'Time',
  worry: 'Worry',
  effort: 'Effort',
  money: 'Money',
};

const LEVELS = [
  { value: 0, label: 'None' },
  { value: 1, label: 'A little' },
  { value: 2, label: 'Quite some' },
  { value: 3, label: 'A lot' },
];

const HINTS: Record<Burden, string> = {
  time: 'waiting, searching, going back and forth',
  worry: 'doubt, risk, not knowing what happens next',
  effort: 'steps, forms, things to figure out',
  money: 'costs on top of the price, surprises',
};

type Draft = Partial<Record<Burden, number>>;

/**
 * Phone: one stage at a time, four burdens each. A stage is sent once all its burdens are rated
 * (the hub takes a stage's ratings together); after that every change is sent at once.
 */
export default function JourneyHeatmapInput({
  config,
  answers,
  open,
  onAnswer,
}: InputProps<JourneyHeatmapConfig, JourneyHeatmapValue>) {
  const stages = config.stages;
  const [index, setIndex] = useState(() => {
    const first = stages.findIndex((s) => !answers[s.id]);
    return first === -1 ? 0 : first;
  });
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [done, setDone] = useState(false);
  const stage = stages[Math.min(index, stages.length - 1)]!;
  const sent = answers[stage.id];
  const shown: Draft = { ...(sent?.value ?? {}), ...drafts[stage.id] };
  const complete = config.burdens.every((b) => shown[b] !== undefined);
  const ratedStages = stages.filter((s) => answers[s.id]).length;
  const last = index === stages.length - 1;

  function rate(burden: Burden, value: number) {
    const next = { ...shown, [burden]: value };
    setDrafts((all) => ({ ...all, [stage.id]: next }));
    if (config.burdens.every((b) => next[b] !== undefined)) onAnswer(stage.id, next as JourneyHeatmapValue);
  }

  function go(to: number) {
    setDone(false);
    setIndex(Math.max(0, Math.min(stages.length - 1, to)));
    window.scrollTo?.({ top: 0 });
  }

  if (done) {
    return (
      <div className="journey-input">
        <p className="journey-input__done" role="status">
          {ratedStages === stages.length
            ? `Thank you: you rated all ${stages.length} stages.`
            : `You rated ${ratedStages} of ${stages.length} stages.`}
        </p>
        <StageSteps stages={stages} answers={answers} current={-1} onPick={go} />
        <p className="muted">Tap a stage to change its ratings{open ? '' : ' (answers are closed now)'}.</p>
      </div>
    );
  }

  return (
    <div className="journey-input">
      <StageSteps stages={stages} answers={answers} current={index} onPick={go} />
      <p className="journey-input__progress">
        Stage {index + 1} of {stages.length}
      </p>
      <h2 className="journey-input__stage">{stage.label}</h2>
      <fieldset className="item journey-input__burdens" disabled={!open}>
        <legend className="visually-hidden">How much does “{stage.label}” cost the customer?</legend>
        {config.burdens.map((burden) => (
          <div
            key={burden}
            className="journey-input__burden"
            role="radiogroup"
            aria-label={BURDEN_LABELS[burden]}
          >
            <p className="journey-input__burden-name">
              <strong>{BURDEN_LABELS[burden]}</strong>{' '}
              <span className="journey-input__hint">{HINTS[burden]}</span>
            </p>
            <div className="journey-input__levels">
              {LEVELS.map((level) => (
                <button
                  key={level.value}
                  type="button"
                  role="radio"
                  aria-checked={shown[burden] === level.value}
                  aria-label={`${BURDEN_LABELS[burden]}: ${level.value}, ${level.label.toLowerCase()}`}
                  className="choice journey-input__level"
                  onClick={() => rate(burden, level.value)}
                >
                  <span className="journey-input__number">{level.value}</span>
                  <span className="journey-input__word">{level.label}</span>
                </button>
              ))}
            </div>
          </div>
        ))}
      </fieldset>
      {sent ? (
        <AnswerStatusLine status={sent.status} />
      ) : open && !complete ? (
        <p className="journey-input__todo">Rate all four to send this stage.</p>
      ) : null}
      <div className="journey-input__nav">
        <button
          type="button"
          className="journey-input__back"
          disabled={index === 0}
          onClick={() => go(index - 1)}
        >
          ← Back
        </button>
        <button
          type="button"
          className="primary journey-input__next"
          onClick={() => (last ? setDone(true) : go(index + 1))}
        >
          {last ? 'Done' : complete ? 'Next stage →' : 'Skip this stage →'}
        </button>
      </div>
    </div>
  );
}

function StageSteps({
  stages,
  answers,
  current,
  onPick,
}: {
  stages: JourneyHeatmapConfig['stages'];
  answers: InputProps<JourneyHeatmapConfig, JourneyHeatmapValue>['answers'];
  current: number;
  onPick: (index: number) => void;
}) {
  return (
    <ol className="journey-steps" aria-label="Stages">
      {stages.map((s, i) => {
        const rated = !!answers[s.id];
        return (
          <li key={s.id}>
            <button
              type="button"
              className={`journey-steps__step ${rated ? 'journey-steps__step--rated' : ''}`}
              aria-current={i === current ? 'step' : undefined}
              aria-label={`${s.label}${rated ? ', rated' : ''}`}
              onClick={() => onPick(i)}
            >
              {rated ? '✓' : i + 1}
            </button>
            {current === -1 ? <span className="journey-steps__name">{s.label}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
