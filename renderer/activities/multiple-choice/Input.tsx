import type {
  CHOICE_ITEM as SHARED_CHOICE_ITEM,
  MultipleChoiceConfig,
  MultipleChoiceValue,
} from '../../../shared/activities/multipleChoice';
import { t } from '../../i18n';
import { AnswerStatusLine } from '../common/AnswerStatusLine';
import type { InputProps } from '../types';

// A type-only import keeps the kind's zod schemas out of the phone bundle; the type keeps the id in sync.
const CHOICE_ITEM: typeof SHARED_CHOICE_ITEM = 'choice';

/** Single choice sends on tap; multi choice sends the whole set on every tick (each replaces the last). */
export default function MultipleChoiceInput({
  config,
  answers,
  open,
  onAnswer,
}: InputProps<MultipleChoiceConfig, MultipleChoiceValue>) {
  const mine = answers[CHOICE_ITEM];
  const chosen = new Set(mine ? (Array.isArray(mine.value) ? mine.value : [mine.value]) : []);
  const max = config.multi ? (config.maxChoices ?? config.options.length) : 1;

  function toggle(id: string) {
    if (!config.multi) return onAnswer(CHOICE_ITEM, id);
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else if (next.size < max) next.add(id);
    else return;
    onAnswer(
      CHOICE_ITEM,
      config.options.map((o) => o.id).filter((o) => next.has(o)),
    );
  }

  return (
    <fieldset className="item" disabled={!open}>
      <legend className="item__hint">
        {config.multi
          ? max < config.options.length
            ? t('choice.pickUpTo', { max })
            : t('choice.pickAll')
          : t('choice.pickOne')}
      </legend>
      <div className="options" role={config.multi ? 'group' : 'radiogroup'}>
        {config.options.map((option) => (
          <button
            key={option.id}
            type="button"
            role={config.multi ? 'checkbox' : 'radio'}
            aria-checked={chosen.has(option.id)}
            className="choice choice--wide"
            onClick={() => toggle(option.id)}
          >
            {option.label}
          </button>
        ))}
      </div>
      <AnswerStatusLine status={mine?.status} />
    </fieldset>
  );
}
