import type { DotVotingConfig, DotVotingResult } from '../../../shared/activities/dotVoting';
import type { Bar } from '../common/Bars';

/** The ranking as bars, labelled from the config; voters as the note. */
export function dotBars(config: DotVotingConfig, result: DotVotingResult): Bar[] {
  const labels = new Map(config.options.map((o) => [o.id, o.label]));
  return result.ranking
    .filter((r) => labels.has(r.id))
    .map((r) => ({
      id: r.id,
      label: labels.get(r.id)!,
      count: r.dots,
      note: `${r.voters} ${r.voters === 1 ? 'voter' : 'voters'}`,
    }));
}
