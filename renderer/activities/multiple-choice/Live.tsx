import type { MultipleChoiceConfig, MultipleChoiceResult } from '../../../shared/activities/multipleChoice';
import { Bars } from '../common/Bars';
import type { LiveProps } from '../types';
import { choiceBars } from './bars';

export default function MultipleChoiceLive({
  config,
  result,
}: LiveProps<MultipleChoiceConfig, MultipleChoiceResult>) {
  return <Bars label="Answers per option" bars={choiceBars(config, result)} />;
}
