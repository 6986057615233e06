import { useEffect, useMemo, useRef, useState } from 'react';
import { BAND_LABELS, bandOf } from '../../../shared/continuum';
import { EXERCISE_DEFINITIONS } from '../../../shared/exercises/registry';
import {
  blankInitiative,
  buildPlan,
  initiativeCandidates,
  initiativeFromCandidate,
  initiativeNumbers,
  planFileName,
  PRACTICE_PART_LABELS,
  type InitiativeCandidate,
  type Paper,
} from '../../../shared/plan';
import { roomVotes } from '../../../shared/exercises/action-plan/votes';
import { describeSource } from '../../../shared/plan/initiatives';
import type { Initiative } from '../../../shared/workshop/initiative';
import { runSheetFileName } from '../../../shared/workshop/runSheet';
import type { Workshop } from '../../../shared/workshop/schema';
import { TextField } from '../../ui/TextField';
import { useToasts } from '../../ui/Toasts';
import type { UpdateWorkshop } from '../state/useWorkshop';
import { useWorkshopHistory } from '../state/workshopHistory';
import { PracticeNotice, PracticeTag } from '../boards/PracticeNotice';
import { ResultsExport } from '../results/ResultsExport';
import { ContinuumLine } from './ContinuumLine';
import { exportPlanCsv, exportPlanPdf, exportRunSheet } from './exportPlan';
import { InitiativeEditor } from './InitiativeEditor';
import { usePaper } from './usePaper';
import './plan.css';

/** The exercise types that offer initiatives, each under its heading, in agenda order. */
const CANDIDATE_GROUPS = EXERCISE_DEFINITIONS.flatMap((d) =>
  d.candidates ? [{ origin: d.type, heading: d.candidates.heading }] : [],
);

const MAX_INITIATIVES = 300;

/** "a, b and c" */
const listed = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

export function PlanPage({ workshop, update }: { workshop: Workshop; update: UpdateWorkshop }) {
  const toasts = useToasts();
  const history = useWorkshopHistory();
  const latestHistory = useRef(history);
  useEffect(() => {
    latestHistory.current = history;
  });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [paper, setPaper] = usePaper();
  const [exporting, setExporting] = useState<'pdf' | 'csv' | 'run-sheet' | null>(null);
  const votes = useMemo(() => roomVotes(workshop), [workshop]);
  const candidates = useMemo(() => initiativeCandidates(workshop), [workshop]);
  // What the exported plan will mark as built on practice answers.
  const practiceParts = useMemo(() => buildPlan(workshop, { paper: 'A4' }).practice, [workshop]);
  const numbers = useMemo(() => initiativeNumbers(workshop.initiatives), [workshop.initiatives]);
  const selected = workshop.initiatives.find((i) => i.id === selectedId) ?? null;
  const full = workshop.initiatives.length >= MAX_INITIATIVES;

  const change = (id: string, fields: Partial<Initiative>) =>
    update(
      (w) => ({ ...w, initiatives: w.initiatives.map((i) => (i.id === id ? { ...i, ...fields } : i)) }),
      // Typing in one field of one initiative is one step.
      { coalesce: `initiative.${id}.${Object.keys(fields).join(',')}`, label: 'edit of an initiative' },
    );

  const add = (initiative: Initiative) => {
    if (full) return;
    update((w) => ({ ...w, initiatives: [...w.initiatives, initiative] }), {
      label: `adding of “${initiative.title}”`,
    });
    setSelectedId(initiative.id);
  };

  const remove = (initiative: Initiative) => {
    const index = workshop.initiatives.findIndex((i) => i.id === initiative.id);
    const scope = `initiative-deletion:${initiative.id}`;
    update((w) => ({ ...w, initiatives: w.initiatives.filter((i) => i.id !== initiative.id) }), {
      label: `deletion of “${initiative.title}”`,
      scope,
    });
    if (selectedId === initiative.id) setSelectedId(null);
    toasts.show({
      tone: 'info',
      message: `Deleted “${initiative.title}”.`,
      action: {
        label: 'Undo',
        // The workshop's own undo while the deletion is the last step (Ctrl+Z then goes further
        // back, it does not delete again); after later changes, the initiative is put back.
        run: () =>
          latestHistory.current.undoStep?.scope === scope
            ? latestHistory.current.undo()
            : update((w) =>
                w.initiatives.some((i) => i.id === initiative.id)
                  ? w
                  : {
                      ...w,
                      initiatives: [
                        ...w.initiatives.slice(0, index),
                        initiative,
                        ...w.initiatives.slice(index),
                      ],
                    },
              ),
      },
    });
  };

  const place = (id: string, position: number) => change(id, { position });

  const placeOnLine = (initiative: Initiative) => {
    const median = votes.placements.get(initiative.id)?.median;
    place(initiative.id, typeof median === 'number' ? Math.round(median) : 50);
    setSelectedId(initiative.id);
    // Focus the new marker so arrow keys move it straight away.
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`.continuum-marker[data-initiative="${initiative.id}"]`)?.focus(),
    );
  };

  const run = async (kind: 'pdf' | 'csv' | 'run-sheet') => {
    setExporting(kind);
    try {
      const saved =
        kind === 'pdf'
          ? await exportPlanPdf(workshop, paper)
          : kind === 'csv'
            ? await exportPlanCsv(workshop, paper)
            : await exportRunSheet(workshop, paper);
      const name = kind === 'run-sheet' ? runSheetFileName(workshop) : planFileName(workshop, kind);
      if (saved) toasts.show({ tone: 'success', message: `Saved “${name}”.` });
    } catch (error) {
      const what = kind === 'run-sheet' ? 'run sheet' : kind.toUpperCase();
      toasts.show({
        tone: 'error',
        message: `The ${what} could not be made: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setExporting(null);
    }
  };

  const unplaced = workshop.initiatives.filter((i) => i.position === null);
  const byOrigin = (origin: InitiativeCandidate['origin']) => candidates.filter((c) => c.origin === origin);

  return (
    <div className="plan-page">
      <section className="plan-toolbar" aria-label="Export">
        <div>
          <h2>Continuum action plan</h2>
          <p className="muted">
            {workshop.initiatives.length} {workshop.initiatives.length === 1 ? 'initiative' : 'initiatives'} ·{' '}
            {unplaced.length} not placed yet
          </p>
          <PracticeNotice share={practiceParts.length > 0}>
            Includes practice answers: the PDF marks{' '}
            {listed(practiceParts.map((p) => PRACTICE_PART_LABELS[p]))} as simulated. Clear practice results
            under Run live before the real session.
          </PracticeNotice>
        </div>
        <label className="plan-paper">
          <span className="field-label">Paper</span>
          <select className="select" value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
            <option value="A4">A4</option>
            <option value="Letter">US Letter</option>
          </select>
        </label>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => void run('pdf')}
          disabled={exporting !== null}
          aria-busy={exporting === 'pdf'}
        >
          {exporting === 'pdf' ? 'Making the PDF…' : 'Export PDF'}
        </button>
        <button type="button" className="btn" onClick={() => void run('csv')} disabled={exporting !== null}>
          Export CSV
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => void run('run-sheet')}
          disabled={exporting !== null}
          aria-busy={exporting === 'run-sheet'}
          title="The agenda with start times, durations, your notes and how participants join: for you, not the room"
        >
          {exporting === 'run-sheet' ? 'Making the run sheet…' : 'Export run sheet'}
        </button>
        <ResultsExport workshop={workshop} />
      </section>

      <section className="plan-line card" aria-labelledby="plan-line-title">
        <h3 id="plan-line-title">Where each initiative sits</h3>
        <p className="muted plan-hint">
          Drag a marker to the position the team agrees on, or focus it and use the arrow keys (Shift for
          steps of 10). The grey bar behind the selected marker is the middle half of the room’s votes.
        </p>
        <PracticeNotice share={votes.practice.placements} />
        <ContinuumLine
          initiatives={workshop.initiatives}
          numbers={numbers}
          placements={votes.placements}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onPlace={place}
        />
        {unplaced.length > 0 ? (
          <div className="plan-unplaced" aria-label="Not placed yet">
            <span className="field-label">Not placed yet</span>
            {unplaced.map((i) => (
              <button key={i.id} type="button" className="btn btn-sm" onClick={() => placeOnLine(i)}>
                {numbers.get(i.id)}. {i.title} — place on the line
              </button>
            ))}
          </div>
        ) : null}
      </section>

      <div className="plan-columns">
        <section className="plan-list card" aria-labelledby="plan-list-title">
          <header className="plan-list-head">
            <h3 id="plan-list-title">Initiatives</h3>
            <button
              type="button"
              className="btn btn-sm btn-primary"
              onClick={() => add(blankInitiative())}
              disabled={full}
            >
              + Add initiative
            </button>
          </header>
          {workshop.initiatives.some((i) => !(i.priority > 0) && votes.dots.has(i.id)) ? (
            <PracticeNotice share={votes.practice.dots}>
              Dots include practice answers: {votes.practice.dots?.practice} of the{' '}
              {votes.practice.dots?.answered} who voted are simulated.
            </PracticeNotice>
          ) : null}
          {workshop.initiatives.length === 0 ? (
            <p className="muted">
              No initiatives yet. Add one, or make them from what the earlier exercises found.
            </p>
          ) : (
            <table className="plan-table">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Title</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Band</th>
                  <th scope="col">Dots</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {workshop.initiatives.map((i) => {
                  const number = numbers.get(i.id)!;
                  const dots = i.priority || votes.dots.get(i.id) || 0;
                  return (
                    <tr key={i.id} className={selectedId === i.id ? 'selected' : undefined}>
                      <td className="plan-number-cell">{number}</td>
                      <td>
                        <TextField
                          value={i.title}
                          onCommit={(title) => change(i.id, { title })}
                          required
                          maxLength={160}
                          aria-label={`Title of initiative ${number}`}
                          onFocus={() => setSelectedId(i.id)}
                        />
                      </td>
                      <td>
                        <TextField
                          value={i.owner}
                          onCommit={(owner) => change(i.id, { owner })}
                          maxLength={120}
                          aria-label={`Owner of initiative ${number}`}
                          placeholder="Owner"
                          onFocus={() => setSelectedId(i.id)}
                        />
                      </td>
                      <td>
                        {i.position === null ? (
                          <span className="badge">Not placed</span>
                        ) : (
                          <span className={`badge band-badge band-${bandOf(i.position)}`}>
                            {BAND_LABELS[bandOf(i.position)]} · {i.position}
                          </span>
                        )}
                      </td>
                      <td className="plan-dots">{dots}</td>
                      <td className="plan-row-actions">
                        <button
                          type="button"
                          className="btn btn-sm btn-ghost"
                          onClick={() => setSelectedId(i.id)}
                          aria-label={`Edit all fields of initiative ${number}`}
                        >
                          Details
                        </button>
                        <button
                          type="button"
                          className="btn btn-sm btn-ghost btn-danger"
                          onClick={() => remove(i)}
                          aria-label={`Delete initiative ${number}`}
                        >
                          Delete
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {full ? <p className="muted">A workshop holds at most {MAX_INITIATIVES} initiatives.</p> : null}
        </section>

        <div className="plan-side">
          {selected ? (
            <InitiativeEditor
              key={selected.id}
              initiative={selected}
              number={numbers.get(selected.id)!}
              sourceLabel={describeSource(workshop, selected.source)}
              roomMedian={votes.placements.get(selected.id)?.median ?? null}
              roomDots={votes.dots.get(selected.id) ?? null}
              onChange={(fields) => change(selected.id, fields)}
              onDelete={() => remove(selected)}
              onClose={() => setSelectedId(null)}
            />
          ) : null}
          <section className="plan-candidates card" aria-labelledby="plan-candidates-title">
            <h3 id="plan-candidates-title">From earlier exercises</h3>
            {candidates.length === 0 ? (
              <p className="muted">
                Nothing waiting: cards placed in Pull, offerings marked Simplify or Retire, and the journey’s
                hot spots show up here.
              </p>
            ) : (
              CANDIDATE_GROUPS.map(({ origin, heading }) =>
                byOrigin(origin).length ? (
                  <div key={origin} className="plan-candidate-group">
                    <h4>{heading}</h4>
                    <ul>
                      {byOrigin(origin).map((c) => (
                        <li key={c.key}>
                          <div>
                            <strong>{c.title}</strong>
                            <span className="muted">{c.reason}</span>
                            {c.practice ? <PracticeTag /> : null}
                          </div>
                          <button
                            type="button"
                            className="btn btn-sm"
                            onClick={() => add(initiativeFromCandidate(c))}
                            disabled={full}
                            aria-label={`Make an initiative of “${c.title}”`}
                          >
                            Make initiative
                          </button>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null,
              )
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
