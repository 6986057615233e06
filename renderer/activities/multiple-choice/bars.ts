import { formatPercent } from '../../i18n';
import type { MultipleChoiceConfig, MultipleChoiceResult } from '../../../shared/activities/multipleChoice';
import type { Bar } from '../common/Bars';

/** Options in the config's order with their counts and shares. */
export function choiceBars(config: MultipleChoiceConfig, result: MultipleChoiceResult): Bar[] {
  return config.options.map((option) => {
    const r = result.options.find((x) => x.id === option.id);
    return {
      id: option.id,
      label: option.label,
      count: r?.count ?? 0,
      note: formatPercent(r?.share ?? 0),
    };
  });
}
