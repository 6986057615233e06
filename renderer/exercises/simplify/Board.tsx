import { createContext, memo, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { TwoAxisRatingConfig } from '../../../shared/activities/twoAxisRating';
import { activitiesOf } from '../../../shared/exercises/activities';
import { DECISIONS, type Decision, type Simplify } from '../../../shared/exercises/simplify/schema';
import {
  addDecisionInitiative,
  DECISION_HINTS,
  DECISION_LABELS,
  decideOffering,
  MAX_INITIATIVES,
  NOTE_MAX,
  resetDecisions,
  simplifyBoard,
  type BoardOffering,
} from '../../../shared/exercises/simplify/board';
import { findResult } from '../../../shared/plan/results';
import type { Workshop } from '../../../shared/workshop/schema';
import { Matrix, MatrixLegend } from '../../activities/two-axis-rating/Matrix';
import { useToasts } from '../../ui/Toasts';
import type { UpdateWorkshop } from '../../console/state/useWorkshop';
import { DragBoard, type FaceProps } from '../../console/boards/DragBoard';
import { lanesOf } from '../../console/boards/lanes';
import { PracticeNotice } from '../../console/boards/PracticeNotice';
import { BoardUndo, boardScope } from '../../console/boards/BoardUndo';
import { closedResult, withExercise } from '../../console/boards/withExercise';
import '../../console/boards/boards.css';

/** One offering on the board, flat so unchanged ones are not re-rendered. */
interface OfferingItem {
  id: string;
  /** Its number on the matrix. */
  number: number;
  name: string;
  value: number | null;
  burden: number | null;
  spreadValue: number | null;
  spreadBurden: number | null;
  count: number;
  failsBasics: boolean;
  /** The ratings' proposal when the facilitator decided otherwise. */
  proposed: string | null;
  decision: Decision | null;
  note: string;
  inPlan: boolean;
}

function toItem(o: BoardOffering, index: number): OfferingItem {
  return {
    id: o.offering.id,
    number: index + 1,
    name: o.offering.name,
    value: o.rating?.meanX ?? null,
    burden: o.rating?.meanY ?? null,
    spreadValue: o.rating?.spreadX ?? null,
    spreadBurden: o.rating?.spreadY ?? null,
    count: o.rating?.count ?? 0,
    failsBasics: o.failsBasics,
    proposed: o.overridden && o.proposed ? DECISION_LABELS[o.proposed] : null,
    decision: o.place === 'unrated' ? null : o.place,
    note: o.note,
    inPlan: o.inPlan,
  };
}

const fmt = (mean: number | null, spread: number | null) =>
  mean === null ? '–' : `${mean.toFixed(1)}${spread ? ` ±${spread.toFixed(1)}` : ''}`;

const describe = (o: OfferingItem) =>
  `${o.name}. ${o.count ? `Value ${fmt(o.value, null)}, burden ${fmt(o.burden, null)}, ${o.count} ratings` : 'Not rated'}${o.failsBasics ? ', basics first' : ''}${o.proposed ? `. The ratings proposed ${o.proposed}` : ''}${o.note ? `. Note: ${o.note}` : ''}.`;

const OfferingFace = memo(function OfferingFace({ item }: FaceProps<OfferingItem>) {
  return (
    <div className="board-card">
      <p className="board-card__title">
        {item.count ? (
          <span className="dot-number" title={`Dot ${item.number} on the matrix`}>
            {item.number}
          </span>
        ) : null}
        {item.name}
      </p>
      {item.count ? (
        <p className="board-card__numbers">
          <span>
            Value <b>{fmt(item.value, item.spreadValue)}</b>
          </span>
          <span>
            Burden <b>{fmt(item.burden, item.spreadBurden)}</b>
          </span>
          <span className="muted">{item.count} ratings</span>
        </p>
      ) : null}
      {item.failsBasics || item.proposed ? (
        <p className="board-card__flags">
          {item.failsBasics ? (
            <span
              className="basics-tag"
              title="Most of the room says it does not meet the basic requirements"
            >
              ! Basics first
            </span>
          ) : null}
          {item.proposed ? <span className="moved-tag">Moved · the ratings said {item.proposed}</span> : null}
        </p>
      ) : null}
    </div>
  );
});

interface Actions {
  setNote: (id: string, note: string) => void;
  toPlan: (id: string) => void;
}
const ActionsContext = createContext<Actions | null>(null);

/** Under each offering: its one-line note, and for Simplify or Retire the step into the action plan. */
const OfferingExtra = memo(function OfferingExtra({ item }: FaceProps<OfferingItem>) {
  const actions = useContext(ActionsContext)!;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(item.note);
  const actionable = item.decision === 'simplify' || item.decision === 'retire';
  const save = () => {
    setEditing(false);
    if (draft.trim() !== item.note) actions.setNote(item.id, draft.trim());
  };
  return (
    <div className="board-card__extra">
      {editing ? (
        <input
          className="input board-note-input"
          aria-label={`Note on ${item.name}`}
          maxLength={NOTE_MAX}
          value={draft}
          autoFocus
          placeholder="One line: why, or what next"
          onChange={(e) => setDraft(e.target.value.replace(/[\r\n]+/g, ' '))}
          onBlur={save}
          onKeyDown={(e) => {
            if (e.key === 'Enter') save();
            if (e.key === 'Escape') {
              setDraft(item.note);
              setEditing(false);
            }
          }}
        />
      ) : (
        <>
          {item.note ? <p className="board-note">“{item.note}”</p> : null}
          <button
            className="btn btn-sm btn-ghost"
            onClick={() => {
              setDraft(item.note);
              setEditing(true);
            }}
            aria-label={`${item.note ? 'Edit the note' : 'Add a note'} on ${item.name}`}
          >
            ✎ {item.note ? 'Edit note' : 'Note'}
          </button>
        </>
      )}
      {actionable && !editing ? (
        item.inPlan ? (
          <span className="in-plan">In action plan ✓</span>
        ) : (
          <button
            className="btn btn-sm"
            onClick={() => actions.toPlan(item.id)}
            aria-label={`Make “${item.name}” an initiative in the action plan`}
          >
            + Action plan
          </button>
        )
      ) : null}
    </div>
  );
});

interface Props {
  workshop: Workshop;
  update: UpdateWorkshop;
  exerciseId: string;
}

/**
 * The facilitator's simplification board: the value × burden matrix beside four decision columns,
 * each offering proposed by its quadrant until the facilitator moves it. A move or a note saves
 * every decision; a Simplify or Retire decision becomes an initiative with one click.
 */
export function SimplifyBoard({ workshop, update, exerciseId }: Props) {
  const toasts = useToasts();
  const exercise = workshop.agenda.find((e): e is Simplify => e.id === exerciseId && e.type === 'simplify');
  const { results, initiatives } = workshop;
  const result = useMemo(() => closedResult(results, exerciseId, 'two-axis-rating'), [results, exerciseId]);
  const practice = useMemo(
    () => findResult({ results } as Workshop, exerciseId, 'two-axis-rating')?.practice ?? null,
    [results, exerciseId],
  );
  const model = useMemo(
    () => (exercise ? simplifyBoard({ initiatives }, exercise, result) : null),
    [exercise, result, initiatives],
  );
  const items = useMemo(
    () => new Map(model?.offerings.map((o, i) => [o.offering.id, toItem(o, i)]) ?? []),
    [model],
  );
  const { lanes, tray } = useMemo(
    () =>
      lanesOf(model?.places, DECISIONS, DECISION_LABELS, DECISION_HINTS, {
        id: 'unrated',
        hint: 'Nobody rated these: drag each to a decision',
      }),
    [model],
  );
  /** Applies a change to the exercise as it is in the workshop now, as one step of the workshop's undo. */
  const change = (next: (current: Simplify, w: Workshop) => Simplify, what: string) => {
    update(
      (w) => {
        const current = w.agenda.find((e): e is Simplify => e.id === exerciseId && e.type === 'simplify');
        return current ? withExercise(w, next(current, w)) : w;
      },
      {
        label: what,
        scope: boardScope(exerciseId),
        ...(what.startsWith('note') ? { coalesce: `${exerciseId}.board-note` } : {}),
      },
    );
  };
  const latest = useRef({ change, update, result, items });
  useEffect(() => {
    latest.current = { change, update, result, items };
  });
  const actions = useMemo<Actions>(
    () => ({
      setNote: (id, note) => {
        const name = latest.current.items.get(id)?.name ?? 'offering';
        latest.current.change(
          (current, w) => decideOffering(w, current, latest.current.result, id, { note }),
          `note on “${name}”`,
        );
      },
      toPlan: (id) => {
        const name = latest.current.items.get(id)?.name ?? 'offering';
        let added = false;
        latest.current.update(
          (w) => {
            if (w.initiatives.length >= MAX_INITIATIVES) return w;
            const next = addDecisionInitiative(w, exerciseId, latest.current.result, id);
            added = next !== w;
            return next;
          },
          { label: `adding of “${name}” to the plan`, scope: boardScope(exerciseId) },
        );
        toasts.show(
          added
            ? { tone: 'success', message: `“${name}” is now an initiative in the action plan.` }
            : {
                tone: 'error',
                message: `“${name}” could not be added: the action plan holds at most ${MAX_INITIATIVES} initiatives.`,
              },
        );
      },
    }),
    [exerciseId, toasts],
  );

  if (!exercise || !model) return <p className="muted">This exercise is no longer on the agenda.</p>;

  const onMove = (id: string, to: string) => {
    if (to === 'unrated') return;
    const name = items.get(id)?.name ?? 'offering';
    change(
      (current, w) => decideOffering(w, current, result, id, { to: to as Decision }),
      `move of “${name}”`,
    );
  };
  const config = activitiesOf(exercise, workshop)[0]?.config as TwoAxisRatingConfig | undefined;
  const basics = model.offerings.filter((o) => o.failsBasics).length;

  return (
    <div className="board-page">
      <div className="board-toolbar">
        <div className="board-toolbar__status">
          <strong>
            {DECISIONS.map((d) => `${DECISION_LABELS[d]} ${model.places[d].length}`).join(' · ')}
          </strong>
          <span className="muted">
            {model.rated} of {exercise.offerings.length} offerings rated
            {basics ? ` · ${basics} basics first` : ''}
          </span>
          <span className={`board-saved${model.saved ? ' is-saved' : ''}`} role="status">
            {model.saved ? 'Decisions saved in the workshop' : 'Proposed by the ratings: not saved yet'}
          </span>
          <PracticeNotice share={practice} compact />
        </div>
        <div className="board-toolbar__actions">
          <BoardUndo exerciseId={exerciseId} />
          {model.saved ? (
            <button className="btn" onClick={() => change(resetDecisions, 'reset to the ratings')}>
              Back to the ratings
            </button>
          ) : (
            <button
              className="btn btn-primary"
              disabled={model.rated === 0}
              onClick={() => change((current, w) => decideOffering(w, current, result, null), 'save')}
            >
              Save as proposed
            </button>
          )}
        </div>
      </div>
      <div className="simplify-layout">
        {config && result ? (
          <aside className="simplify-matrix" aria-label="Value and burden matrix">
            <Matrix config={config} result={result} textScale={1.4} names={false} />
            <MatrixLegend config={config} result={result} />
          </aside>
        ) : null}
        <ActionsContext.Provider value={actions}>
          <DragBoard
            label="Simplification board"
            noun="offering"
            lanes={lanes}
            tray={tray}
            items={items}
            nameOf={(o) => o.name}
            describe={describe}
            Face={OfferingFace}
            Extra={OfferingExtra}
            onMove={onMove}
          />
        </ActionsContext.Provider>
      </div>
    </div>
  );
}
