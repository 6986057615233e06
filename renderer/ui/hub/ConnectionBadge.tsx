import { t } from '../../i18n';
import type { ConnectionState } from './client';

const label = (state: ConnectionState) =>
  ({
    connected: t('connection.connected'),
    reconnecting: t('connection.reconnecting'),
    offline: t('connection.offline'),
  })[state];

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
      {label(state)}
    </span>
  );
}
