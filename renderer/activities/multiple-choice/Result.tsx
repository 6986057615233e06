import type { MultipleChoiceConfig, MultipleChoiceResult } from '../../../shared/activities/multipleChoice';
import { t } from '../../i18n';
import { Bars } from '../common/Bars';
import type { ResultProps } from '../types';
import { choiceBars } from './bars';

export default function MultipleChoiceResultView({
  config,
  result,
}: ResultProps<MultipleChoiceConfig, MultipleChoiceResult>) {
  return (
    <div>
      <Bars label={t('plan.choice.perOption')} bars={choiceBars(config, result)} />
      <p className="result-note">
        {config.multi
          ? t('plan.choice.answeredMulti', { count: result.respondents })
          : t('plan.choice.answered', { count: result.respondents })}
      </p>
    </div>
  );
}
