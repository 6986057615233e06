import type { DotVotingConfig, DotVotingResult } from '../../../shared/activities/dotVoting';
import { t } from '../../i18n';
import type { Bar } from '../common/Bars';

/** The ranking as bars, labelled from the config; how many people voted for it as the note. */
export function dotBars(config: DotVotingConfig, result: DotVotingResult): Bar[] {
  const labels = new Map(config.options.map((o) => [o.id, o.label]));
  return result.ranking
    .filter((r) => labels.has(r.id))
    .map((r) => ({
      id: r.id,
      label: labels.get(r.id)!,
      count: r.dots,
      note: t('live.dotsVoters', { count: r.voters }),
    }));
}
