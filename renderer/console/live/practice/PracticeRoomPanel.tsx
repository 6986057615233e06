import { useEffect, useState, useSyncExternalStore } from 'react';
import type { LiveSession } from '../../../../shared/protocol';
import { hubSocketUrl } from '../../../ui/hub/client';
import { clampTyped, NumberField } from '../../../ui/NumberField';
import type { HubAccess } from '../../hubAccess';
import { MAX_PRACTICE_PARTICIPANTS, PracticeRoom } from './practiceRoom';
import './practice.css';

const DEFAULT_COUNT = 8;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

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
    <section className="practice-room" aria-label="Practice room" data-testid="practice-room">
      <span className="practice-room__tag">Practice room</span>
      {running ? (
        <p className="practice-room__status" role="status">
          <strong data-testid="practice-running">{plural(view.participants, 'practice participant')}</strong>{' '}
          {view.connected < view.participants ? `(${view.connected} connected) ` : ''}
          in this session. They answer while answers are open; their answers are marked as practice.
        </p>
      ) : (
        <p className="practice-room__status muted">
          No phones at hand? Simulated participants join this session and answer like a room would.
        </p>
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
              <span className="visually-hidden">Simulated participants to add</span>
              <NumberField name="count" min={1} max={roomLeft} value={adding} onCommit={setCount} />
            </label>
            <button type="submit" className="btn btn-sm">
              {running ? `Add ${adding} more` : `Add ${plural(adding, 'simulated participant')}`}
            </button>
          </>
        ) : null}
        {running ? (
          <button type="button" className="btn btn-sm btn-ghost btn-danger" onClick={() => room.removeAll()}>
            Remove them
          </button>
        ) : null}
      </form>
      {view.problem ? (
        <p className="practice-room__problem" role="alert">
          {view.problem}
        </p>
      ) : null}
    </section>
  );
}
