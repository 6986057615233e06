import type { OpenTextConfig, OpenTextResult } from '../../../shared/activities/openText';
import type { LiveProps } from '../types';
import { RankedStatements } from './Statements';

/** Projector: the most upvoted statements per list. */
export default function OpenTextLive({ config, result }: LiveProps<OpenTextConfig, OpenTextResult>) {
  return <RankedStatements config={config} result={result} limit={6} heading="h2" />;
}
