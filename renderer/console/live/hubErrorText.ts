import type { ErrorMessage } from '../../../shared/protocol';
import { t } from '../../i18n';

/**
 * A hub error in the console's language where its code says it all; otherwise the hub's own
 * words (English), which name the particular control or limit that was refused.
 */
export function hubErrorText(error: Pick<ErrorMessage, 'code' | 'message'>): string {
  switch (error.code) {
    case 'no-session':
      return t('session.error.noSession');
    case 'server-error':
      return t('session.error.serverError');
    case 'session-live':
      return t('session.error.sessionLive');
    case 'not-allowed':
      return t('session.error.notAllowed');
    case 'session-ended':
      return t('session.error.sessionEnded');
    case 'protocol-version':
      return t('session.error.protocolVersion');
    default:
      return error.message;
  }
}
