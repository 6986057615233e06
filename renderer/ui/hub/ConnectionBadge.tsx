import type { ConnectionState } from './client';

const LABEL: Record<ConnectionState, string> = {
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};

/** Always visible on every live surface; each surface styles `.badge--<state>`. */
export function ConnectionBadge({
  state,
  className = 'badge',
}: {
  state: ConnectionState;
  className?: string;
}) {
  return (
    <span
      className={`${className} ${className}--${state}`}
      role="status"
      aria-live="polite"
      data-connection={state}
    >
      {LABEL[state]}
    </span>
  );
}
