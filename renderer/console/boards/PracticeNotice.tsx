import type { ReactNode } from 'react';
import { practiceNote, type PracticeShare } from '../../../shared/workshop/practice';
import './practiceNotice.css';

/**
 * "Includes practice answers: …" wherever results are shown (boards, Prepare panels, the plan),
 * so a rehearsal's simulated votes are never taken for the room's. Nothing for a real room.
 */
export function PracticeNotice({
  share,
  children,
  compact = false,
}: {
  /** The result's practice share; `true` with words of its own (children). */
  share: PracticeShare | boolean | null | undefined;
  /** Words of its own instead of "Includes practice answers: 6 of the 8 who answered are simulated." */
  children?: ReactNode;
  /** One line in a toolbar rather than a strip under a heading. */
  compact?: boolean;
}) {
  if (!share) return null;
  return (
    <p
      className={`practice-notice${compact ? ' practice-notice--compact' : ''}`}
      data-testid="practice-notice"
    >
      {children ?? (share === true ? 'Includes practice answers.' : practiceNote(share))}
    </p>
  );
}

/** A small tag beside one item (an initiative candidate) made from practice answers. */
export function PracticeTag() {
  return <span className="practice-tag">Includes practice answers</span>;
}
