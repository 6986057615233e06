import type { DotVotingConfig, DotVotingValue } from '../../../shared/activities/dotVoting';
import { t } from '../../i18n';
import { AnswerStatusLine } from '../common/AnswerStatusLine';
import type { InputProps } from '../types';
import './dots.css';

/** Spend N dots across the options; each option's dots are one answer (0 takes them back). */
export default function DotVotingInput({
  config,
  answers,
  open,
  onAnswer,
}: InputProps<DotVotingConfig, DotVotingValue>) {
  const placed = (id: string) => {
    const v = answers[id]?.value;
    return typeof v === 'number' && v > 0 ? v : 0;
  };
  const used = config.options.reduce((sum, o) => sum + placed(o.id), 0);
  const left = Math.max(0, config.dots - used);
  const perOption = Math.min(config.dots, config.maxPerOption ?? config.dots);

  return (
    <div className="items">
      <p className="dots-left" aria-live="polite">
        <span className="dots-left__pips" aria-hidden="true">
          {Array.from({ length: config.dots }, (_, i) => (
            <span key={i} className={`pip ${i < left ? 'pip--free' : ''}`} />
          ))}
        </span>
        {left === 0 ? t('dots.allPlaced') : t('dots.left', { left, total: config.dots })}
      </p>
      <ul className="dot-options">
        {config.options.map((option) => {
          const n = placed(option.id);
          return (
            <li key={option.id} className={`dot-option ${n > 0 ? 'dot-option--chosen' : ''}`}>
              <span className="dot-option__label">{option.label}</span>
              <div className="dot-option__controls">
                <button
                  type="button"
                  className="choice choice--square"
                  aria-label={t('dots.takeOff', { option: option.label })}
                  disabled={!open || n === 0}
                  onClick={() => onAnswer(option.id, n - 1)}
                >
                  −
                </button>
                <span
                  className="dot-option__count"
                  aria-label={t('dots.on', { count: n, option: option.label })}
                >
                  {n}
                </span>
                <button
                  type="button"
                  className="choice choice--square"
                  aria-label={t('dots.putOn', { option: option.label })}
                  disabled={!open || left === 0 || n >= perOption}
                  onClick={() => onAnswer(option.id, n + 1)}
                >
                  +
                </button>
              </div>
              <AnswerStatusLine status={answers[option.id]?.status} compact />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
