import type { DotVotingConfig, DotVotingResult } from '../../../shared/activities/dotVoting';
import { Bars } from '../common/Bars';
import { t } from '../../i18n';
import type { LiveProps } from '../types';
import { dotBars } from './bars';

/** Projector: options by dots, most first (the ranking re-sorts as dots arrive). */
export default function DotVotingLive({ config, result }: LiveProps<DotVotingConfig, DotVotingResult>) {
  return <Bars label={t('live.dotsPerOption')} bars={dotBars(config, result).slice(0, 10)} />;
}
