import type { LiveSession } from '../../../../shared/protocol';
import type { ActivityResult } from '../../../../shared/workshop/results';
import './practice.css';
import { t } from '../../../i18n';

/*
 * Where the console marks practice answers, so nobody takes them for the room's votes.
 * Small pieces for the join panel, the live result and the saved-results labels.
 */

/** Next to the connected count: "8 practice participants" (of those connected). */
export function PracticeCount({ session }: { session: LiveSession }) {
  const n = session.participants.practice ?? 0;
  if (n === 0) return null;
  return (
    <>
      {' · '}
      <span className="practice-mark" data-testid="practice-count">
        {t('session.practiceParticipants', { count: n })}
      </span>
    </>
  );
}

/** Under a live or saved result that has answers from practice participants. */
export function PracticeResultNote({ practice, answered }: { practice?: number; answered: number }) {
  if (!practice) return null;
  return (
    <p className="practice-mark live-result__note" data-testid="practice-note">
      {t('session.practiceNote', { practice, answered })}
    </p>
  );
}

/** "Results saved", and whether they include practice answers. */
export function savedResultsLabel(result: Pick<ActivityResult, 'practice'> | undefined, capital = true) {
  if (result?.practice) return capital ? t('session.savedPractice') : t('session.savedPracticeLower');
  return capital ? t('session.saved') : t('session.savedLower');
}
