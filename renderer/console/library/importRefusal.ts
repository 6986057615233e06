import type { Refusal } from '../../../shared/workshop/file';
import { formatNumber, t } from '../../i18n';

/** Why a file was not imported, in the console's language; the damaged fields stay as the file names them. */
export function describeRefusal(refusal: Refusal): string {
  switch (refusal.code) {
    case 'too-large':
      return t('console.import.tooLarge', {
        size: formatNumber(refusal.megabytes, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
        max: formatNumber(refusal.maxMegabytes),
      });
    case 'empty':
      return t('console.import.empty');
    case 'cut-off':
      return t('console.import.cutOff');
    case 'not-json':
      return t('console.import.notJson');
    case 'not-workshop':
      return t('console.import.notWorkshop');
    case 'no-version':
      return t('console.import.noVersion');
    case 'newer':
      return t('console.import.newer', { version: refusal.version, reads: refusal.reads });
    case 'damaged':
      return refusal.more > 0
        ? t('console.import.damagedMore', { issues: refusal.issues.join('; '), more: refusal.more })
        : t('console.import.damaged', { issues: refusal.issues.join('; ') });
  }
}
