import { lazy, Suspense, type ComponentType } from 'react';
import type { Workshop } from '../../../shared/workshop/schema';
import { AgendaPage } from '../agenda/AgendaPage';
import { hrefOf, navigate, type Route } from '../router';
import { useWorkshop, type UpdateWorkshop } from '../state/useWorkshop';
import { exportWorkshopFile } from '../library/transfer';
import { useMenuCommand } from '../menuCommands';
import { useShortcut } from '../useShortcut';
import { useToasts } from '../../ui/Toasts';
import { describeStorageError } from '../db';
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
  const { workshop, update, undo, redo, canUndo, canRedo, saving } = useWorkshop(workshopId);

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
          <span className="save-state muted" aria-live="polite">
            {saving ? 'Saving…' : 'All changes saved'}
          </span>
          <button
            className="btn btn-sm btn-ghost"
            onClick={() => void exportFile()}
            title="Export to a .outside-in.json file (Ctrl+E)"
          >
            Export
          </button>
          <button className="btn btn-sm btn-ghost" onClick={undo} disabled={!canUndo} title="Undo (Ctrl+Z)">
            ↶ Undo
          </button>
          <button
            className="btn btn-sm btn-ghost"
            onClick={redo}
            disabled={!canRedo}
            title="Redo (Ctrl+Shift+Z)"
          >
            ↷ Redo
          </button>
        </div>
      </header>
      <main className="workshop-body">
        {tab === 'agenda' && <AgendaPage workshop={workshop} update={update} />}
        <Suspense fallback={<p className="screen-message muted">Loading…</p>}>
          {tab === 'live' && <LivePage workshop={workshop} update={update} />}
          {tab === 'plan' && <PlanPage workshop={workshop} update={update} />}
        </Suspense>
      </main>
    </div>
  );
}
