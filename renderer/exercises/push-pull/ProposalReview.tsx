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
import { t } from '../../i18n';
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
      { label: t('boards.step.review') },
    );

  // The sort as the workshop has it now, and as the hub has it (known only while it is current).
  const sort = session.activities.find((a) => a.id === sortId);
  const activities = useMemo(() => activitiesOf(exercise, workshop), [exercise, workshop]);
  const wanted = activities.find((s) => s.id === sortId);
  const proposeTitle = activities.find((s) => s.id === proposeId)?.title ?? '';
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
  const countOf = (status: Proposal['status']) => proposals.filter((p) => p.status === status).length;
  const counts = [
    [countOf('pending'), (count: number) => t('boards.proposals.toReview', { count })],
    [countOf('approved'), (count: number) => t('boards.proposals.approvedCount', { count })],
    [countOf('rejected'), (count: number) => t('boards.proposals.rejectedCount', { count })],
  ] as const;
  const summary = counts
    .filter(([n]) => n > 0)
    .map(([n, say]) => say(n))
    .join(' · ');

  return (
    <section className="card proposal-review" aria-labelledby="proposal-review-title">
      <header className="proposal-review__head">
        <div>
          <h2 id="proposal-review-title">{t('boards.proposals.title')}</h2>
          <p className="muted">
            {proposals.length === 0
              ? t('boards.proposals.none')
              : t('boards.proposals.summary', { count: proposals.length, summary })}
          </p>
        </div>
        <button
          type="button"
          className="btn btn-primary"
          disabled={pending.length === 0 || full}
          onClick={() => change((current) => approveProposals(current, pending))}
        >
          {pending.length > 0
            ? t('boards.proposals.approveAllCount', { count: pending.length })
            : t('boards.proposals.approveAll')}
        </button>
      </header>

      <p className="proposal-review__sort" role="status" data-testid="proposal-sort-status">
        {!sort ? (
          t('boards.proposals.noSort', { title: exercise.title })
        ) : sort.phase !== 'waiting' ? (
          t('boards.proposals.sortOpened')
        ) : exercise.cards.length === 0 ? (
          t('boards.proposals.sortEmpty')
        ) : (
          <>
            {t('boards.proposals.sortWillShow', { count: exercise.cards.length, proposed: proposedCards })}
            {hubJson !== null && !inSync && canUpdate ? (
              <button type="button" className="btn btn-sm" onClick={sendToSort}>
                {t('boards.proposals.sendToSort')}
              </button>
            ) : null}
          </>
        )}
      </p>
      {full ? (
        <p className="proposal-review__full">{t('boards.proposals.full', { max: MAX_CARDS })}</p>
      ) : null}

      {proposals.length === 0 ? (
        <p className="muted">{t('boards.proposals.waiting', { activity: proposeTitle })}</p>
      ) : (
        <ul className="proposal-review__list" aria-label={t('boards.proposals.title')}>
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

const statusLabel = (status: Proposal['status']): string =>
  ({
    pending: '',
    approved: t('boards.proposals.approved'),
    rejected: t('boards.proposals.rejected'),
    existing: t('boards.proposals.existing'),
  })[status];

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
          {p.count > 1
            ? t('boards.proposals.meta', { upvotes: p.upvotes, count: p.count })
            : `▲ ${p.upvotes}`}
        </span>
      </div>
      {p.status === 'pending' ? (
        <div className="proposal__actions">
          <button
            type="button"
            className="btn btn-sm"
            disabled={full}
            onClick={onApprove}
            aria-label={t('boards.proposals.approveText', { text: p.text })}
          >
            {t('boards.proposals.approve')}
          </button>
          <button
            type="button"
            className="btn btn-sm btn-ghost btn-danger"
            onClick={onReject}
            aria-label={t('boards.proposals.rejectText', { text: p.text })}
          >
            {t('boards.proposals.reject')}
          </button>
        </div>
      ) : (
        <div className="proposal__actions">
          <span className={`proposal__status proposal__status--${p.status}`}>{statusLabel(p.status)}</span>
          {p.status !== 'existing' ? (
            <button
              type="button"
              className="btn btn-sm btn-ghost"
              onClick={onUndo}
              aria-label={t('boards.proposals.undoText', { text: p.text })}
            >
              {t('boards.proposals.undo')}
            </button>
          ) : null}
        </div>
      )}
    </li>
  );
}
