import type { OpenTextConfig, OpenTextResult } from '../../../shared/activities/openText';
import { countOf, wordingOf } from '../../../shared/activities/openTextWords';
import type { ResultProps } from '../types';
import { RankedStatements } from './Statements';

export default function OpenTextResultView({ config, result }: ResultProps<OpenTextConfig, OpenTextResult>) {
  const words = wordingOf(config);
  return (
    <div>
      <RankedStatements config={config} result={result} />
      <p className="result-note">
        {countOf(result.statements, words)} {words.written} by {result.writers}{' '}
        {result.writers === 1 ? 'participant' : 'participants'}
      </p>
    </div>
  );
}
