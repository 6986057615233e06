import type { ControlAction } from '../../../shared/protocol';

/** Before closing: who is offline, and whether their answers will still count when they are back. */
export function LateAnswersNote({
  offline,
  accept,
  onControl,
}: {
  offline: number;
  accept: boolean;
  onControl: (action: ControlAction) => void;
}) {
  const phones = offline === 1 ? '1 joined phone is' : `${offline} joined phones are`;
  return (
    <div className="live-count__late" data-testid="late-answers">
      <span>
        {phones} offline.{' '}
        {accept
          ? 'If you close now, their answers still count when they are back within a minute.'
          : 'If you close now, their answers will not count.'}
      </span>
      <label className="live-count__late-toggle">
        <input
          type="checkbox"
          checked={accept}
          onChange={(e) => onControl({ action: 'late-answers', accept: e.target.checked })}
        />{' '}
        Count late answers
      </label>
    </div>
  );
}
