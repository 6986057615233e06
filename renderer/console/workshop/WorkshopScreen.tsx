import { lazy, Suspense, useMemo, type ComponentType } from 'react';
import type { Workshop } from '../../../shared/workshop/schema';
import { AgendaPage } from '../agenda/AgendaPage';
import { hrefOf, navigate, type Route } from '../router';
import type { SaveStatus } from '../state/autosave';
import { useWorkshop, type UpdateWorkshop } from '../state/useWorkshop';
import { WorkshopHistoryContext } from '../state/workshopHistory';
import { exportWorkshopFile } from '../library/transfer';
import { useMenuCommand } from '../menuCommands';
import { useShortcut } from '../useShortcut';
import { useToasts } from '../../ui/Toasts';
import { describeStorageError, templates } from '../db';
import './workshop.css';

export interface PageProps {
  workshop: Workshop;
  update: UpdateWorkshop;
}

// Live and plan pages are large and not needed to prepare a workshop: load them on demand.
const pages = import.meta.glob<{ [name: string]: ComponentType<PageProps> }>([
  '../live/LivePage.tsx',
  '../plan/PlanPage.tsx',
]);
const lazyPage = (path: string, name: string) =>
  lazy<ComponentType<PageProps>>(async () => {
    const load = pages[path];
    if (!load)
      return { default: () => <p className="page-missing">This part of Outside-In is not built yet.</p> };
    return { default: (await load())[name]! };
  });
const LivePage = lazyPage('../live/LivePage.tsx', 'LivePage');
const PlanPage = lazyPage('../plan/PlanPage.tsx', 'PlanPage');

const TABS = [
  { tab: 'agenda', label: 'Prepare' },
  { tab: 'live', label: 'Run live' },
  { tab: 'plan', label: 'Action plan' },
] as const;

export function WorkshopScreen({ workshopId, tab }: { workshopId: string; tab: 'agenda' | 'live' | 'plan' }) {
  const { workshop, update, undo, redo, undoStep, redoStep, save, retrySave } = useWorkshop(workshopId);
  const history = useMemo(() => ({ undo, redo, undoStep, redoStep }), [undo, redo, undoStep, redoStep]);

  useShortcut('mod+z', () => undo(), { whileTyping: false });
  useShortcut('mod+shift+z', () => redo(), { whileTyping: false });
  useShortcut('mod+y', () => redo(), { whileTyping: false });
  const toasts = useToasts();
  const exportFile = async () => {
    if (!workshop) return;
    try {
      if (await exportWorkshopFile(workshop))
        toasts.show({ tone: 'success', message: `Exported “${workshop.name}”.` });
    } catch (error) {
      toasts.show({ tone: 'error', message: describeStorageError(error) });
    }
  };
  const saveTemplate = async () => {
    if (!workshop) return;
    try {
      await templates.save(workshop);
      toasts.show({
        tone: 'success',
        message: `Saved “${workshop.name}” as a template, without its results: New workshop › Start from offers it.`,
      });
    } catch (error) {
      toasts.show({ tone: 'error', message: describeStorageError(error) });
    }
  };
  useShortcut('mod+e', () => void exportFile());
  useMenuCommand('export-workshop', () => void exportFile());
  useMenuCommand('new-workshop', () => navigate({ page: 'library', creating: true }));

  if (workshop === undefined) return <p className="screen-message muted">Opening the workshop…</p>;
  if (workshop === null) {
    return (
      <div className="screen-message">
        <h2>This workshop is not in your library</h2>
        <p className="muted">It may have been deleted.</p>
        <a className="btn" href="#/">
          Back to the library
        </a>
      </div>
    );
  }

  const route = (t: (typeof TABS)[number]['tab']): Route => ({ page: 'workshop', workshopId, tab: t });

  return (
    <div className="workshop-screen">
      <header className="workshop-header">
        <a className="btn btn-ghost back-link" href="#/" aria-label="Back to the library">
          ← Library
        </a>
        <div className="workshop-title">
          <h1>{workshop.name}</h1>
          <span className="muted">{[workshop.organisation, workshop.date].filter(Boolean).join(' · ')}</span>
        </div>
        <nav className="workshop-tabs" aria-label="Workshop">
          {TABS.map(({ tab: t, label }) => (
            <a
              key={t}
              href={hrefOf(route(t))}
              className="workshop-tab"
              aria-current={t === tab ? 'page' : undefined}
            >
              {label}
            </a>
          ))}
        </nav>
        <div className="workshop-tools">
          <SaveState save={save} retry={retrySave} />
          <button
            className="btn btn-sm btn-ghost"
            onClick={() => void exportFile()}
            title="Export to a .outside-in.json file (Ctrl+E)"
          >
            Export
          </button>
          <button
            className="btn btn-sm btn-ghost"
            onClick={() => void saveTemplate()}
            title="Keep this agenda, its notes and timing, without results, to start new workshops from"
          >
            Save as template
          </button>
          <button
            className="btn btn-sm btn-ghost"
            onClick={undo}
            disabled={!undoStep}
            title={undoStep?.label ? `Undo the ${undoStep.label} (Ctrl+Z)` : 'Undo (Ctrl+Z)'}
          >
            ↶ Undo
          </button>
          <button
            className="btn btn-sm btn-ghost"
            onClick={redo}
            disabled={!redoStep}
            title={redoStep?.label ? `Redo the ${redoStep.label} (Ctrl+Shift+Z)` : 'Redo (Ctrl+Shift+Z)'}
          >
            ↷ Redo
          </button>
        </div>
      </header>
      <main className="workshop-body">
        <WorkshopHistoryContext.Provider value={history}>
          {tab === 'agenda' && <AgendaPage workshop={workshop} update={update} />}
          <Suspense fallback={<p className="screen-message muted">Loading…</p>}>
            {tab === 'live' && <LivePage workshop={workshop} update={update} />}
            {tab === 'plan' && <PlanPage workshop={workshop} update={update} />}
          </Suspense>
        </WorkshopHistoryContext.Provider>
      </main>
    </div>
  );
}

/** Says "All changes saved" only once the last write committed; a failed save offers to try again. */
function SaveState({ save, retry }: { save: SaveStatus; retry: () => void }) {
  if (save.state === 'failed') {
    return (
      <span className="save-state is-failed" role="alert">
        Not saved{' '}
        <button type="button" className="btn btn-sm btn-ghost" onClick={retry}>
          Try again
        </button>
      </span>
    );
  }
  return (
    <span className="save-state muted" aria-live="polite">
      {save.state === 'saving' ? 'Saving…' : 'All changes saved'}
    </span>
  );
}
