import { useEffect, useMemo, useRef } from 'react';
import { parseResult } from '../../../shared/activities/registry';
import { activitiesOf } from '../../../shared/exercises/activities';
import { MAX_CARDS, type PushPull } from '../../../shared/exercises/push-pull/schema';
import {
  approveProposals,
  proposalsOf,
  proposeActivityId,
  rejectProposal,
  sortActivityId,
  undoProposalDecision,
  type Proposal,
} from '../../../shared/exercises/push-pull/proposals';
import type { ControlAction, LiveSession } from '../../../shared/protocol';
import type { Workshop } from '../../../shared/workshop/schema';
import type { LiveState } from '../../ui/hub/liveState';
import { withExercise } from '../../console/boards/withExercise';
import type { UpdateWorkshop } from '../../console/state/useWorkshop';
import './proposalReview.css';

interface Props {
  session: LiveSession;
  state: LiveState;
  workshop: Workshop;
  update: UpdateWorkshop;
  onControl: (action: ControlAction) => void;
}

/**
 * Run live: the facilitator approves or rejects the cards participants proposed, while the current
 * activity belongs to a push/pull exercise that allows proposals. Approved cards join the exercise
 * and, until the sort is opened, the sort of this session.
 */
export function ProposalReview(props: Props) {
  const exercise = props.workshop.agenda.find(
    (e): e is PushPull => e.type === 'push-pull' && e.id === props.session.current.exerciseId,
  );
  if (!exercise?.allowProposals) return null;
  return <Review key={exercise.id} {...props} exercise={exercise} />;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function Review({ session, state, workshop, update, onControl, exercise }: Props & { exercise: PushPull }) {
  const proposeId = proposeActivityId(exercise.id);
  const sortId = sortActivityId(exercise.id);

  // The live tally while the session has it; after a reload, the result stored when it closed.
  const liveResult = state.tallies[proposeId]?.result;
  const storedResult = workshop.results[proposeId]?.tally;
  const result = useMemo(
    () => parseResult('open-text', liveResult ?? storedResult),
    [liveResult, storedResult],
  );
  const proposals = useMemo(() => proposalsOf(exercise, result), [exercise, result]);
  const pending = proposals.filter((p) => p.status === 'pending');

  const change = (next: (current: PushPull) => PushPull) =>
    update(
      (w) => {
        const current = w.agenda.find((e): e is PushPull => e.id === exercise.id && e.type === 'push-pull');
        if (!current) return w;
        const changed = next(current);
        return changed === current ? w : withExercise(w, changed);
      },
      { label: 'review of the proposed cards' },
    );

  // The sort as the workshop has it now, and as the hub has it (known only while it is current).
  const sort = session.activities.find((a) => a.id === sortId);
  const wanted = useMemo(
    () => activitiesOf(exercise, workshop).find((s) => s.id === sortId),
    [exercise, workshop, sortId],
  );
  const wantedJson = wanted ? JSON.stringify(wanted.config) : null;
  const hubJson = session.current.id === sortId ? JSON.stringify(session.current.config) : null;
  const canUpdate = sort?.phase === 'waiting' && !!wanted;
  const inSync = hubJson !== null && hubJson === wantedJson;
  const sendToSort = () => {
    if (wanted) onControl({ action: 'update-activity', activityId: sortId, config: wanted.config });
  };

  // Send the cards whenever they change before the sort opens, and again when the sort becomes
  // current and the hub's copy differs (an earlier send may have been lost while offline).
  const sent = useRef<string | null>(null);
  const sessionId = session.id;
  const currentId = session.current.id;
  useEffect(() => {
    if (!canUpdate || inSync || !wanted) return;
    const key = `${sessionId}|${currentId}|${wantedJson}`;
    if (sent.current === key) return;
    sent.current = key;
    onControl({ action: 'update-activity', activityId: sortId, config: wanted.config });
  }, [canUpdate, inSync, wanted, wantedJson, sessionId, currentId, sortId, onControl]);

  const full = exercise.cards.length >= MAX_CARDS;
  const proposedCards = exercise.cards.filter((c) => c.proposed).length;
  const counts = (['pending', 'approved', 'rejected'] as const)
    .map((status) => [status, proposals.filter((p) => p.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status === 'pending' ? 'to review' : status}`);

  return (
    <section className="card proposal-review" aria-labelledby="proposal-review-title">
      <header className="proposal-review__head">
        <div>
          <h2 id="proposal-review-title">Proposed cards</h2>
          <p className="muted">
            {proposals.length === 0
              ? 'No proposals yet.'
              : `${plural(proposals.length, 'proposal')}: ${counts.join(' · ')}`}
          </p>
        </div>
        <button
          type="button"
          className="btn btn-primary"
          disabled={pending.length === 0 || full}
          onClick={() => change((current) => approveProposals(current, pending))}
        >
          Approve all{pending.length > 0 ? ` (${pending.length})` : ''}
        </button>
      </header>

      <p className="proposal-review__sort" role="status" data-testid="proposal-sort-status">
        {!sort ? (
          <>
            This session has no card sort for “{exercise.title}”: it started without one. Approved cards are
            kept for the board and the next session’s sort.
          </>
        ) : sort.phase !== 'waiting' ? (
          <>
            The sort has been opened, so cards you approve now go on the board (without votes) and into the
            next session’s sort.
          </>
        ) : exercise.cards.length === 0 ? (
          <>The sort has no cards yet: approve proposals to fill it, then open it.</>
        ) : (
          <>
            Approved cards join the sort before it opens: it will show {plural(exercise.cards.length, 'card')}
            {proposedCards > 0 ? `, ${proposedCards} of them proposed` : ''}.
            {hubJson !== null && !inSync && canUpdate ? (
              <button type="button" className="btn btn-sm" onClick={sendToSort}>
                Add approved cards to the sort
              </button>
            ) : null}
          </>
        )}
      </p>
      {full ? (
        <p className="proposal-review__full">
          The exercise has {MAX_CARDS} cards, the most it can hold: remove some under Prepare to approve more.
        </p>
      ) : null}

      {proposals.length === 0 ? (
        <p className="muted">
          Phones propose cards while “Propose cards to sort” is open; they appear here as they arrive.
        </p>
      ) : (
        <ul className="proposal-review__list" aria-label="Proposed cards">
          {proposals.map((p) => (
            <ProposalRow
              key={p.key}
              proposal={p}
              full={full}
              onApprove={() => change((current) => approveProposals(current, [p]))}
              onReject={() => change((current) => rejectProposal(current, p.key))}
              onUndo={() => change((current) => undoProposalDecision(current, p.key))}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

const STATUS_LABEL: Record<Proposal['status'], string> = {
  pending: '',
  approved: '✓ Approved',
  rejected: 'Rejected',
  existing: 'Already a card',
};

function ProposalRow({
  proposal: p,
  full,
  onApprove,
  onReject,
  onUndo,
}: {
  proposal: Proposal;
  full: boolean;
  onApprove: () => void;
  onReject: () => void;
  onUndo: () => void;
}) {
  return (
    <li className={`proposal proposal--${p.status}`} data-testid="proposal">
      <div className="proposal__text">
        <span className="proposal__title">{p.text}</span>
        <span className="proposal__meta muted">
          ▲ {p.upvotes}
          {p.count > 1 ? ` · proposed by ${p.count} people` : ''}
        </span>
      </div>
      {p.status === 'pending' ? (
        <div className="proposal__actions">
          <button
            type="button"
            className="btn btn-sm"
            disabled={full}
            onClick={onApprove}
            aria-label={`Approve “${p.text}”`}
          >
            Approve
          </button>
          <button
            type="button"
            className="btn btn-sm btn-ghost btn-danger"
            onClick={onReject}
            aria-label={`Reject “${p.text}”`}
          >
            Reject
          </button>
        </div>
      ) : (
        <div className="proposal__actions">
          <span className={`proposal__status proposal__status--${p.status}`}>{STATUS_LABEL[p.status]}</span>
          {p.status !== 'existing' ? (
            <button
              type="button"
              className="btn btn-sm btn-ghost"
              onClick={onUndo}
              aria-label={`Undo: “${p.text}” back to review`}
            >
              Undo
            </button>
          ) : null}
        </div>
      )}
    </li>
  );
}
