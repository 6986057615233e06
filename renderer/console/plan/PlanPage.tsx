import { useEffect, useMemo, useRef, useState } from 'react';
import { bandOf } from '../../../shared/continuum';
import { EXERCISE_DEFINITIONS } from '../../../shared/exercises/registry';
import {
  blankInitiative,
  buildPlan,
  initiativeCandidates,
  initiativeFromCandidate,
  initiativeNumbers,
  planFileName,
  type InitiativeCandidate,
  type Paper,
} from '../../../shared/plan';
import { roomVotes } from '../../../shared/exercises/action-plan/votes';
import { contentIn } from '../../../shared/exercises/content';
import type { Initiative } from '../../../shared/workshop/initiative';
import { runSheetFileName } from '../../../shared/workshop/runSheet';
import type { Workshop } from '../../../shared/workshop/schema';
import { bandLabel, formatNumber, t } from '../../i18n';
import { TextField } from '../../ui/TextField';
import { useToasts } from '../../ui/Toasts';
import type { UpdateWorkshop } from '../state/useWorkshop';
import { useWorkshopHistory } from '../state/workshopHistory';
import { PracticeNotice, PracticeTag } from '../boards/PracticeNotice';
import { ResultsExport } from '../results/ResultsExport';
import { ContinuumLine } from './ContinuumLine';
import { exportPlanCsv, exportPlanPdf, exportRunSheet } from './exportPlan';
import { InitiativeEditor } from './InitiativeEditor';
import { candidateHeading, candidateReason, practicePartsList, sourceLabel } from './planWords';
import { usePaper } from './usePaper';
import './plan.css';

/** The exercise types that offer initiatives, each under its heading, in agenda order. */
const CANDIDATE_GROUPS = EXERCISE_DEFINITIONS.flatMap((d) =>
  d.candidates ? [{ origin: d.type, heading: d.candidates.heading }] : [],
);

const MAX_INITIATIVES = 300;
const A4 = 'A4';

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
      { coalesce: `initiative.${id}.${Object.keys(fields).join(',')}`, label: t('plan.undo.edit') },
    );

  const add = (initiative: Initiative) => {
    if (full) return;
    update((w) => ({ ...w, initiatives: [...w.initiatives, initiative] }), {
      label: t('plan.undo.add', { title: initiative.title }),
    });
    setSelectedId(initiative.id);
  };

  const remove = (initiative: Initiative) => {
    const index = workshop.initiatives.findIndex((i) => i.id === initiative.id);
    const scope = `initiative-deletion:${initiative.id}`;
    update((w) => ({ ...w, initiatives: w.initiatives.filter((i) => i.id !== initiative.id) }), {
      label: t('plan.undo.delete', { title: initiative.title }),
      scope,
    });
    if (selectedId === initiative.id) setSelectedId(null);
    toasts.show({
      tone: 'info',
      message: t('plan.deleted', { title: initiative.title }),
      action: {
        label: t('plan.undoAction'),
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
      if (saved) toasts.show({ tone: 'success', message: t('plan.saved', { name }) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      toasts.show({
        tone: 'error',
        message: {
          pdf: t('plan.failed.pdf', { reason }),
          csv: t('plan.failed.csv', { reason }),
          'run-sheet': t('plan.failed.runSheet', { reason }),
        }[kind],
      });
    } finally {
      setExporting(null);
    }
  };

  const unplaced = workshop.initiatives.filter((i) => i.position === null);
  const byOrigin = (origin: InitiativeCandidate['origin']) => candidates.filter((c) => c.origin === origin);

  return (
    <div className="plan-page">
      <section className="plan-toolbar" aria-label={t('plan.export')}>
        <div>
          <h2>{t('plan.title')}</h2>
          <p className="muted">
            {t('plan.counts', { count: workshop.initiatives.length, unplaced: unplaced.length })}
          </p>
          <PracticeNotice share={practiceParts.length > 0}>
            {t('plan.practiceParts', { parts: practicePartsList(practiceParts) })}
          </PracticeNotice>
        </div>
        <label className="plan-paper">
          <span className="field-label">{t('plan.paper')}</span>
          <select className="select" value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
            <option value="A4">{A4}</option>
            <option value="Letter">{t('plan.paperLetter')}</option>
          </select>
        </label>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => void run('pdf')}
          disabled={exporting !== null}
          aria-busy={exporting === 'pdf'}
        >
          {exporting === 'pdf' ? t('plan.makingPdf') : t('plan.exportPdf')}
        </button>
        <button type="button" className="btn" onClick={() => void run('csv')} disabled={exporting !== null}>
          {t('plan.exportCsv')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => void run('run-sheet')}
          disabled={exporting !== null}
          aria-busy={exporting === 'run-sheet'}
          title={t('plan.runSheetTip')}
        >
          {exporting === 'run-sheet' ? t('plan.makingRunSheet') : t('plan.exportRunSheet')}
        </button>
        <ResultsExport workshop={workshop} />
      </section>

      <section className="plan-line card" aria-labelledby="plan-line-title">
        <h3 id="plan-line-title">{t('plan.line.title')}</h3>
        <p className="muted plan-hint">{t('plan.line.hint')}</p>
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
          <div className="plan-unplaced" aria-label={t('plan.notPlacedYet')}>
            <span className="field-label">{t('plan.notPlacedYet')}</span>
            {unplaced.map((i) => (
              <button key={i.id} type="button" className="btn btn-sm" onClick={() => placeOnLine(i)}>
                {t('plan.placeOnLine', { number: numbers.get(i.id), title: i.title })}
              </button>
            ))}
          </div>
        ) : null}
      </section>

      <div className="plan-columns">
        <section className="plan-list card" aria-labelledby="plan-list-title">
          <header className="plan-list-head">
            <h3 id="plan-list-title">{t('plan.initiatives')}</h3>
            <button
              type="button"
              className="btn btn-sm btn-primary"
              onClick={() => add(blankInitiative(contentIn(workshop.language).made.newInitiative))}
              disabled={full}
            >
              {t('plan.addInitiative')}
            </button>
          </header>
          {workshop.initiatives.some((i) => !(i.priority > 0) && votes.dots.has(i.id)) ? (
            <PracticeNotice share={votes.practice.dots}>
              {t('plan.practiceDots', {
                practice: votes.practice.dots?.practice ?? 0,
                answered: votes.practice.dots?.answered ?? 0,
              })}
            </PracticeNotice>
          ) : null}
          {workshop.initiatives.length === 0 ? (
            <p className="muted">{t('plan.noInitiatives')}</p>
          ) : (
            <table className="plan-table">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t('plan.column.title')}</th>
                  <th scope="col">{t('plan.column.owner')}</th>
                  <th scope="col">{t('plan.column.band')}</th>
                  <th scope="col">{t('plan.column.dots')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('plan.column.actions')}</span>
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
                          aria-label={t('plan.titleOf', { number })}
                          onFocus={() => setSelectedId(i.id)}
                        />
                      </td>
                      <td>
                        <TextField
                          value={i.owner}
                          onCommit={(owner) => change(i.id, { owner })}
                          maxLength={120}
                          aria-label={t('plan.ownerOf', { number })}
                          placeholder={t('plan.column.owner')}
                          onFocus={() => setSelectedId(i.id)}
                        />
                      </td>
                      <td>
                        {i.position === null ? (
                          <span className="badge">{t('plan.notPlaced')}</span>
                        ) : (
                          <span className={`badge band-badge band-${bandOf(i.position)}`}>
                            {bandLabel(bandOf(i.position))} · {i.position}
                          </span>
                        )}
                      </td>
                      <td className="plan-dots">{formatNumber(dots)}</td>
                      <td className="plan-row-actions">
                        <button
                          type="button"
                          className="btn btn-sm btn-ghost"
                          onClick={() => setSelectedId(i.id)}
                          aria-label={t('plan.detailsOf', { number })}
                        >
                          {t('plan.details')}
                        </button>
                        <button
                          type="button"
                          className="btn btn-sm btn-ghost btn-danger"
                          onClick={() => remove(i)}
                          aria-label={t('plan.deleteOf', { number })}
                        >
                          {t('plan.delete')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {full ? <p className="muted">{t('plan.full', { max: MAX_INITIATIVES })}</p> : null}
        </section>

        <div className="plan-side">
          {selected ? (
            <InitiativeEditor
              key={selected.id}
              initiative={selected}
              number={numbers.get(selected.id)!}
              sourceLabel={sourceLabel(workshop, selected.source)}
              roomMedian={votes.placements.get(selected.id)?.median ?? null}
              roomDots={votes.dots.get(selected.id) ?? null}
              onChange={(fields) => change(selected.id, fields)}
              onDelete={() => remove(selected)}
              onClose={() => setSelectedId(null)}
            />
          ) : null}
          <section className="plan-candidates card" aria-labelledby="plan-candidates-title">
            <h3 id="plan-candidates-title">{t('plan.candidates.title')}</h3>
            {candidates.length === 0 ? (
              <p className="muted">{t('plan.candidates.none')}</p>
            ) : (
              CANDIDATE_GROUPS.map(({ origin, heading }) =>
                byOrigin(origin).length ? (
                  <div key={origin} className="plan-candidate-group">
                    <h4>{candidateHeading(origin, heading)}</h4>
                    <ul>
                      {byOrigin(origin).map((c) => (
                        <li key={c.key}>
                          <div>
                            <strong>{c.title}</strong>
                            <span className="muted">{candidateReason(c, workshop)}</span>
                            {c.practice ? <PracticeTag /> : null}
                          </div>
                          <button
                            type="button"
                            className="btn btn-sm"
                            onClick={() => add(initiativeFromCandidate(c))}
                            disabled={full}
                            aria-label={t('plan.makeInitiativeOf', { title: c.title })}
                          >
                            {t('plan.makeInitiative')}
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
