import type { AnswerStatus } from '../types';

const TEXT = {
  sending: 'Sending…',
  queued: 'Queued, will send when back online',
  received: 'Answer received ✓',
} as const;

/** Under each answer on the phone: only "received" after the hub's ack. */
export function AnswerStatusLine({ status }: { status: AnswerStatus | undefined }) {
  if (!status) return null;
  const text = status.state === 'rejected' ? `Not accepted: ${status.reason}` : TEXT[status.state];
  return (
    <p className={`answer-status answer-status--${status.state}`} role="status">
      {text}
    </p>
  );
}
