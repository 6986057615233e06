import { useState } from 'react';
import type { JourneyHeatmapConfig, JourneyHeatmapValue } from '../../../shared/activities/journeyHeatmap';
import type { Burden } from '../../../shared/burdens';
import { burdenLabel, t } from '../../i18n';
import { AnswerStatusLine } from '../common/AnswerStatusLine';
import type { InputProps } from '../types';
import './input.css';

const levels = () => [
  { value: 0, label: t('journey.level0') },
  { value: 1, label: t('journey.level1') },
  { value: 2, label: t('journey.level2') },
  { value: 3, label: t('journey.level3') },
];

const hint = (burden: Burden) =>
  ({
    time: t('journey.hintTime'),
    worry: t('journey.hintWorry'),
    effort: t('journey.hintEffort'),
    money: t('journey.hintMoney'),
  })[burden];

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
            ? t('journey.allRated', { total: stages.length })
            : t('journey.someRated', { rated: ratedStages, total: stages.length })}
        </p>
        <StageSteps stages={stages} answers={answers} current={-1} onPick={go} />
        <p className="muted">{open ? t('journey.tapToChange') : t('journey.tapToChangeClosed')}</p>
      </div>
    );
  }

  return (
    <div className="journey-input">
      <StageSteps stages={stages} answers={answers} current={index} onPick={go} />
      <p className="journey-input__progress">
        {t('journey.position', { index: index + 1, total: stages.length })}
      </p>
      <h2 className="journey-input__stage">{stage.label}</h2>
      <fieldset className="item journey-input__burdens" disabled={!open}>
        <legend className="visually-hidden">{t('journey.cost', { stage: stage.label })}</legend>
        {config.burdens.map((burden) => (
          <div
            key={burden}
            className="journey-input__burden"
            role="radiogroup"
            aria-label={burdenLabel(burden)}
          >
            <p className="journey-input__burden-name">
              <strong>{burdenLabel(burden)}</strong>{' '}
              <span className="journey-input__hint">{hint(burden)}</span>
            </p>
            <div className="journey-input__levels">
              {levels().map((level) => (
                <button
                  key={level.value}
                  type="button"
                  role="radio"
                  aria-checked={shown[burden] === level.value}
                  aria-label={t('journey.levelLabel', {
                    burden: burdenLabel(burden),
                    value: level.value,
                    level: level.label,
                  })}
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
        <p className="journey-input__todo">{t('journey.rateAll')}</p>
      ) : null}
      <div className="journey-input__nav">
        <button
          type="button"
          className="journey-input__back"
          disabled={index === 0}
          onClick={() => go(index - 1)}
        >
          {t('journey.back')}
        </button>
        <button
          type="button"
          className="primary journey-input__next"
          onClick={() => (last ? setDone(true) : go(index + 1))}
        >
          {last ? t('journey.done') : complete ? t('journey.next') : t('journey.skip')}
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
    <ol className="journey-steps" aria-label={t('journey.stages')}>
      {stages.map((s, i) => {
        const rated = !!answers[s.id];
        return (
          <li key={s.id}>
            <button
              type="button"
              className={`journey-steps__step ${rated ? 'journey-steps__step--rated' : ''}`}
              aria-current={i === current ? 'step' : undefined}
              aria-label={rated ? t('journey.stageRated', { stage: s.label }) : s.label}
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
