import type { AnswerStatus } from '../types';

const TEXT = {
  sending: 'Sending…',
  queued: 'Queued, will send when back online',
  received: 'Answer received ✓',
} as const;

const SHORT = {
  sending: 'Sending…',
  queued: 'Queued',
  received: 'Received ✓',
} as const;

/** Under each answer on the phone: only "received" after the hub's ack. `compact` for long lists. */
export function AnswerStatusLine({
  status,
  compact,
}: {
  status: AnswerStatus | undefined;
  compact?: boolean;
}) {
  if (!status) return null;
  const text =
    status.state === 'rejected' ? `Not accepted: ${status.reason}` : (compact ? SHORT : TEXT)[status.state];
  return (
    <p
      className={`answer-status answer-status--${status.state} ${compact ? 'answer-status--compact' : ''}`}
      role="status"
    >
      {text}
    </p>
  );
}
