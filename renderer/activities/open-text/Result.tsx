import type { OpenTextConfig, OpenTextResult } from '../../../shared/activities/openText';
import { t } from '../../i18n';
import type { ResultProps } from '../types';
import { RankedStatements } from './Statements';
import { wordingIn } from './wording';

export default function OpenTextResultView({ config, result }: ResultProps<OpenTextConfig, OpenTextResult>) {
  const words = wordingIn(config);
  return (
    <div>
      <RankedStatements config={config} result={result} />
      <p className="result-note">
        {t('plan.text.written', {
          count: result.statements,
          one: words.one,
          many: words.many,
          written: words.written,
          writers: result.writers,
        })}
      </p>
    </div>
  );
}
