import { useEffect, useState, useSyncExternalStore } from 'react';
import type { LiveSession } from '../../../../shared/protocol';
import { hubSocketUrl } from '../../../ui/hub/client';
import { clampTyped, NumberField } from '../../../ui/NumberField';
import type { HubAccess } from '../../hubAccess';
import { MAX_PRACTICE_PARTICIPANTS, PracticeRoom } from './practiceRoom';
import './practice.css';
import { t } from '../../../i18n';
import { hubErrorText } from '../hubErrorText';

const DEFAULT_COUNT = 8;

/**
 * Run live, under the join panel: simulated participants for a facilitator preparing alone.
 * Mount it with `key={session.id}`: a new session gets a new room; leaving the page or ending
 * the session unmounts it, and everyone in it leaves.
 */
export function PracticeRoomPanel({ access, session }: { access: HubAccess; session: LiveSession }) {
  const [room] = useState(
    () => new PracticeRoom({ url: hubSocketUrl(access.url), code: session.code, token: access.token }),
  );
  useEffect(() => () => room.removeAll(), [room]);
  const view = useSyncExternalStore(room.subscribe, room.getSnapshot);
  const [count, setCount] = useState(DEFAULT_COUNT);
  const roomLeft = MAX_PRACTICE_PARTICIPANTS - view.participants;
  // What is added stays within 1 and the room left, also when the room filled since the count was typed.
  const adding = Math.max(1, Math.min(count, roomLeft));
  const running = view.participants > 0;

  return (
    <section className="practice-room" aria-label={t('session.practiceRoom')} data-testid="practice-room">
      <span className="practice-room__tag">{t('session.practiceRoom')}</span>
      {running ? (
        <p className="practice-room__status" role="status">
          <strong data-testid="practice-running">
            {t('session.practiceParticipants', { count: view.participants })}
          </strong>{' '}
          {view.connected < view.participants
            ? `${t('session.practiceConnected', { connected: view.connected })} `
            : ''}
          {t('session.practiceInSession')}
        </p>
      ) : (
        <p className="practice-room__status muted">{t('session.practiceIntro')}</p>
      )}
      <form
        className="practice-room__form"
        // The number is clamped here (1 to the room left), so the browser need not refuse it.
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          // Enter submits before the field's own clamp has re-rendered: read the text as typed.
          const typed = new FormData(e.currentTarget).get('count');
          room.add(clampTyped(String(typed ?? ''), 1, roomLeft) ?? adding);
        }}
      >
        {roomLeft > 0 ? (
          <>
            <label className="practice-room__count">
              <span className="visually-hidden">{t('session.practiceToAdd')}</span>
              <NumberField name="count" min={1} max={roomLeft} value={adding} onCommit={setCount} />
            </label>
            <button type="submit" className="btn btn-sm">
              {running
                ? t('session.practiceAddMore', { count: adding })
                : t('session.practiceAdd', { count: adding })}
            </button>
          </>
        ) : null}
        {running ? (
          <button type="button" className="btn btn-sm btn-ghost btn-danger" onClick={() => room.removeAll()}>
            {t('session.practiceRemove')}
          </button>
        ) : null}
      </form>
      {view.problem ? (
        <p className="practice-room__problem" role="alert">
          {view.problemCode ? hubErrorText({ code: view.problemCode, message: view.problem }) : view.problem}
        </p>
      ) : null}
    </section>
  );
}
