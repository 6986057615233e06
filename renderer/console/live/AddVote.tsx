import { useEffect, useRef, useState } from 'react';
import {
  QUICK_KINDS,
  QUICK_NEEDS_OPTIONS,
  quickQuestion,
  type QuickKind,
} from '../../../shared/exercises/quickQuestion';
import { initiativeRound, type RoundPart } from '../../../shared/exercises/sessionRounds';
import { initiativeNumbers } from '../../../shared/plan';
import { findActionPlan, roomVotes } from '../../../shared/exercises/action-plan/votes';
import type { ControlAction, LiveSession } from '../../../shared/protocol';
import type { Workshop } from '../../../shared/workshop/schema';
import { t } from '../../i18n';

/** The quick question kinds in the console's language (QUICK_KIND_LABELS has the English). */
const quickKindLabel = (kind: QuickKind): string =>
  ({
    scale: t('session.quick.scale'),
    single: t('session.quick.single'),
    multiple: t('session.quick.multiple'),
    open: t('session.quick.open'),
    dots: t('session.quick.dots'),
  })[kind];

/** Why a quick question cannot be asked yet; the schema's own reason (English) when the form is not. */
function quickProblem(kind: QuickKind, question: string, optionLines: readonly string[], reason: string) {
  if (!question.trim()) return t('session.quick.typeQuestion');
  if (QUICK_NEEDS_OPTIONS.has(kind) && optionLines.filter((line) => line.trim()).length < 2) {
    return t('session.quick.twoOptions');
  }
  return reason;
}

/**
 * "Add a question or a vote…": puts initiatives made during the session (from hot spots, boards,
 * decisions) to the room in this same session: phones get the new activities on the same code.
 */
export function AddVote({
  workshop,
  session,
  onControl,
}: {
  workshop: Workshop;
  session: LiveSession;
  onControl: (action: ControlAction) => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn live-add" onClick={() => setOpen(true)}>
        {t('session.addMenu')}
      </button>
      {open ? (
        <AddVoteDialog
          workshop={workshop}
          session={session}
          onClose={() => setOpen(false)}
          onAdd={(action) => {
            onControl(action);
            setOpen(false);
          }}
        />
      ) : null}
    </>
  );
}

function AddVoteDialog({
  workshop,
  session,
  onClose,
  onAdd,
}: {
  workshop: Workshop;
  session: LiveSession;
  onClose: () => void;
  onAdd: (action: ControlAction) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  const exercise = findActionPlan(workshop);
  const numbers = initiativeNumbers(workshop.initiatives);
  // Initiatives the room has not placed yet are the ones made since its last vote.
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => {
    const placed = roomVotes(workshop).placements;
    return new Set(workshop.initiatives.filter((i) => !placed.has(i.id)).map((i) => i.id));
  });
  const [parts, setParts] = useState<ReadonlySet<RoundPart>>(new Set(['placement', 'priorities']));
  const [mode, setMode] = useState<'vote' | 'question'>(workshop.initiatives.length ? 'vote' : 'question');
  const [quickKind, setQuickKind] = useState<QuickKind>('scale');
  const [question, setQuestion] = useState('');
  const [optionText, setOptionText] = useState('');
  const toggle = <T,>(set: ReadonlySet<T>, value: T, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(value);
    else next.delete(value);
    return next;
  };
  const quick = quickQuestion(quickKind, question, optionText.split('\n'));
  const voteSpecs = exercise
    ? initiativeRound(
        workshop,
        exercise,
        workshop.initiatives.filter((i) => chosen.has(i.id)),
        [...parts],
        new Set(session.activities.map((a) => a.id)),
      )
    : [];
  const specs = mode === 'vote' ? voteSpecs : quick.ok ? [quick.spec] : [];

  return (
    <dialog ref={dialog} className="dialog add-vote" onCancel={onClose} aria-labelledby="add-vote-title">
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (specs.length) onAdd({ action: 'add-activities', activities: specs });
        }}
      >
        <h2 id="add-vote-title">{t('session.addTitle')}</h2>
        <div className="add-vote__modes" role="radiogroup" aria-label={t('session.addWhat')}>
          {(
            [
              ['vote', t('session.addModeVote')],
              ['question', t('session.addModeQuestion')],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="add-vote__check">
              <input type="radio" name="add-mode" checked={mode === value} onChange={() => setMode(value)} />
              {label}
            </label>
          ))}
        </div>
        {mode === 'question' ? (
          <>
            <label className="field">
              <span>{t('session.quick.question')}</span>
              <input
                className="input"
                maxLength={200}
                value={question}
                onChange={(e) => setQuestion(e.target.value)}
              />
            </label>
            <label className="field">
              <span>{t('session.quick.kind')}</span>
              <select
                className="input"
                value={quickKind}
                onChange={(e) => setQuickKind(e.target.value as QuickKind)}
              >
                {QUICK_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {quickKindLabel(k)}
                  </option>
                ))}
              </select>
            </label>
            {QUICK_NEEDS_OPTIONS.has(quickKind) ? (
              <label className="field">
                <span>{t('session.quick.options')}</span>
                <textarea
                  className="input"
                  rows={4}
                  value={optionText}
                  onChange={(e) => setOptionText(e.target.value)}
                />
              </label>
            ) : null}
            <p className="muted" role="status">
              {quick.ok
                ? t('session.addPhonesGetIt')
                : quickProblem(quickKind, question, optionText.split('\n'), quick.reason)}
            </p>
          </>
        ) : !exercise ? (
          <p>{t('session.addNoActionPlan')}</p>
        ) : workshop.initiatives.length === 0 ? (
          <p>{t('session.addNoInitiatives')}</p>
        ) : (
          <>
            <p className="muted">
              {t('session.addPhonesGetIt')} {t('session.addNobodyRejoins')}
            </p>
            <fieldset className="add-vote__parts">
              <legend>{t('session.addRoomDoes')}</legend>
              {(
                [
                  ['placement', t('session.addPlacement')],
                  ['priorities', t('session.addDotVote', { dots: exercise.dotsPerParticipant })],
                ] as const
              ).map(([part, label]) => (
                <label key={part} className="add-vote__check">
                  <input
                    type="checkbox"
                    checked={parts.has(part)}
                    onChange={(e) => setParts(toggle(parts, part, e.target.checked))}
                  />
                  {label}
                </label>
              ))}
            </fieldset>
            <fieldset className="add-vote__items">
              <legend>{t('session.addInitiatives')}</legend>
              {workshop.initiatives.map((initiative) => (
                <label key={initiative.id} className="add-vote__check" title={initiative.title}>
                  <input
                    type="checkbox"
                    checked={chosen.has(initiative.id)}
                    onChange={(e) => setChosen(toggle(chosen, initiative.id, e.target.checked))}
                  />
                  <span className="add-vote__number">{numbers.get(initiative.id)}</span>
                  <span className="add-vote__title">{initiative.title}</span>
                </label>
              ))}
            </fieldset>
          </>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('session.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={specs.length === 0}>
            {t('session.addSubmit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
