import type { DotVotingConfig, DotVotingResult } from '../../../shared/activities/dotVoting';
import { Bars } from '../common/Bars';
import type { ResultProps } from '../types';
import { dotBars } from './bars';

export default function DotVotingResultView({
  config,
  result,
}: ResultProps<DotVotingConfig, DotVotingResult>) {
  return (
    <div>
      <Bars label="Dots per option" bars={dotBars(config, result)} />
      <p className="result-note">
        {result.dotsUsed} dots placed by {result.participants}{' '}
        {result.participants === 1 ? 'participant' : 'participants'}
      </p>
    </div>
  );
}
