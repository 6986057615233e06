import type { MultipleChoiceConfig, MultipleChoiceResult } from '../../../shared/activities/multipleChoice';
import { Bars } from '../common/Bars';
import { t } from '../../i18n';
import type { LiveProps } from '../types';
import { choiceBars } from './bars';

export default function MultipleChoiceLive({
  config,
  result,
}: LiveProps<MultipleChoiceConfig, MultipleChoiceResult>) {
  return <Bars label={t('live.answersPerOption')} bars={choiceBars(config, result)} />;
}
