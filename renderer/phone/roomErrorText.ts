import type { ErrorMessage } from '../../shared/protocol';
import { t } from '../i18n';

/**
 * A hub error as a phone or the projector says it, in the room's language, from its code and
 * numbers (the `message` on the wire is English, for logs). `code` is the join code the page asked for.
 */
export function roomErrorText(
  error: Pick<ErrorMessage, 'code' | 'message' | 'fatal' | 'retryAfterMs' | 'limit'>,
  code?: string,
): string {
  switch (error.code) {
    case 'unknown-code':
      // A phone always asks with a code; the projector words its own case (projectorErrorText).
      return code ? t('phone.unknownCode', { code }) : t('error.reload');
    case 'session-ended':
      return t('phone.ended');
    case 'session-full':
      // A hub from before `limit` went along said the number only in English.
      return error.limit === undefined ? error.message : t('error.sessionFull', { limit: error.limit });
    case 'device-limit':
      return error.limit === undefined ? error.message : t('error.deviceLimit', { limit: error.limit });
    case 'rate-limited':
      if (!error.fatal) return t('error.slowDown');
      // Fatal with a wait: too many wrong codes; without one: far too many messages.
      return error.retryAfterMs === undefined
        ? t('error.cutOff')
        : t('error.codeGuessing', { seconds: Math.max(1, Math.ceil(error.retryAfterMs / 1000)) });
    case 'removed':
      return t('error.removed');
    case 'protocol-version':
      return t('error.protocolVersion');
    case 'server-error':
      return t('error.serverError');
    default:
      // Malformed messages, a hello out of turn, a refused control, a key a phone never has: a page
      // bug, a reload mends it.
      return t('error.reload');
  }
}
