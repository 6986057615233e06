import { t } from '../../i18n';
import type { AnswerStatus } from '../types';

const text = (state: 'sending' | 'queued' | 'received', compact: boolean | undefined) =>
  ({
    sending: t('status.sending'),
    queued: compact ? t('status.queuedShort') : t('status.queued'),
    received: compact ? t('status.receivedShort') : t('status.received'),
  })[state];

/** Under each answer on the phone: only "received" after the hub's ack. `compact` for long lists. */
export function AnswerStatusLine({
  status,
  compact,
}: {
  status: AnswerStatus | undefined;
  compact?: boolean;
}) {
  if (!status) return null;
  const shown =
    status.state === 'rejected'
      ? t('status.rejected', { reason: status.reason })
      : text(status.state, compact);
  return (
    <p
      className={`answer-status answer-status--${status.state} ${compact ? 'answer-status--compact' : ''}`}
      role="status"
    >
      {shown}
    </p>
  );
}
