import type { ReactNode } from 'react';
import type { PracticeShare } from '../../../shared/workshop/practice';
import { t } from '../../i18n';
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
      {children ??
        (share === true
          ? t('boards.practice.included')
          : t('boards.practice.note', { practice: share.practice, answered: share.answered }))}
    </p>
  );
}

/** A small tag beside one item (an initiative candidate) made from practice answers. */
export function PracticeTag() {
  return <span className="practice-tag">{t('boards.practice.tag')}</span>;
}
