import type { OpenTextConfig } from '../../../shared/activities/openText';
import type { OpenTextWording } from '../../../shared/activities/openTextWords';
import { t } from '../../i18n';

/** The activity's own words, or statements in the page's language when it has none. */
export function wordingIn(config: Pick<OpenTextConfig, 'wording'>): OpenTextWording {
  return (
    config.wording ?? {
      one: t('text.statement'),
      many: t('text.statements'),
      written: t('text.written'),
      placeholder: t('text.placeholder'),
    }
  );
}
