import type { ErrorMessage } from '../../shared/protocol';
import { t } from '../i18n';
import { roomErrorText } from '../phone/roomErrorText';

/**
 * A hub error on the projector: as a phone says it, but for what only the projector meets (opened
 * without a code from another computer, or turned away without the facilitator's key), whose words
 * stay off the phone's catalogue.
 */
export function projectorErrorText(
  error: Pick<ErrorMessage, 'code' | 'message' | 'fatal' | 'retryAfterMs' | 'limit'>,
  code: string | undefined,
): string {
  if (error.code === 'unknown-code' && !code) return t('projector.noCode');
  if (error.code === 'unauthorized') return t('projector.unauthorized');
  return roomErrorText(error, code);
}
