import type { ScalePollConfig, ScalePollValue } from '../../../shared/activities/scalePoll';
import { AnswerStatusLine } from '../common/AnswerStatusLine';
import type { InputProps } from '../types';

export default function ScalePollInput({
  config,
  answers,
  open,
  onAnswer,
}: InputProps<ScalePollConfig, ScalePollValue>) {
  const values = Array.from({ length: config.max - config.min + 1 }, (_, i) => config.min + i);
  return (
    <div className="items">
      {config.items.map((item) => {
        const mine = answers[item.id];
        return (
          <fieldset key={item.id} className="item" disabled={!open}>
            <legend className="item__label">{item.label}</legend>
            <div className={`scale scale--${values.length}`} role="radiogroup" aria-label={item.label}>
              {values.map((v) => (
                <button
                  key={v}
                  type="button"
                  role="radio"
                  aria-checked={mine?.value === v}
                  className="choice choice--number"
                  onClick={() => onAnswer(item.id, v)}
                >
                  {v}
                </button>
              ))}
            </div>
            {config.minLabel || config.maxLabel ? (
              <div className="scale__ends" aria-hidden="true">
                <span>
                  {config.min} {config.minLabel}
                </span>
                <span>
                  {config.max} {config.maxLabel}
                </span>
              </div>
            ) : null}
            <AnswerStatusLine status={mine?.status} />
          </fieldset>
        );
      })}
    </div>
  );
}
