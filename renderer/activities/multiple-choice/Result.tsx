import type { MultipleChoiceConfig, MultipleChoiceResult } from '../../../shared/activities/multipleChoice';
import { Bars } from '../common/Bars';
import type { ResultProps } from '../types';
import { choiceBars } from './bars';

export default function MultipleChoiceResultView({
  config,
  result,
}: ResultProps<MultipleChoiceConfig, MultipleChoiceResult>) {
  return (
    <div>
      <Bars label="Answers per option" bars={choiceBars(config, result)} />
      <p className="result-note">
        {result.respondents} answered{config.multi ? ' · several options per person allowed' : ''}
      </p>
    </div>
  );
}
