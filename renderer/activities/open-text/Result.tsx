import type { OpenTextConfig, OpenTextResult } from '../../../shared/activities/openText';
import type { ResultProps } from '../types';
import { RankedStatements } from './Statements';

export default function OpenTextResultView({ config, result }: ResultProps<OpenTextConfig, OpenTextResult>) {
  return (
    <div>
      <RankedStatements config={config} result={result} />
      <p className="result-note">
        {result.statements} statements by {result.writers}{' '}
        {result.writers === 1 ? 'participant' : 'participants'}
      </p>
    </div>
  );
}
