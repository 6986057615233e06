import type { DotVotingConfig, DotVotingResult } from '../../../shared/activities/dotVoting';
import { t } from '../../i18n';
import { Bars } from '../common/Bars';
import type { ResultProps } from '../types';
import { dotBars } from './bars';

export default function DotVotingResultView({
  config,
  result,
}: ResultProps<DotVotingConfig, DotVotingResult>) {
  return (
    <div>
      <Bars label={t('plan.dots.perOption')} bars={dotBars(config, result)} />
      <p className="result-note">
        {t('plan.dots.placed', { dots: result.dotsUsed, participants: result.participants })}
      </p>
    </div>
  );
}
