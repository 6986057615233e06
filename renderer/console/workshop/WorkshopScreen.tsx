import { lazy, Suspense, useMemo, type ComponentType } from 'react';
import type { Workshop } from '../../../shared/workshop/schema';
import { AgendaPage } from '../agenda/AgendaPage';
import { hrefOf, navigate, type Route } from '../router';
import type { SaveStatus } from '../state/autosave';
import { useWorkshop, type UpdateWorkshop } from '../state/useWorkshop';
import { WorkshopHistoryContext } from '../state/workshopHistory';
import { exportWorkshopFile } from '../library/transfer';
import { formatWorkshopDate } from '../library/workshopDate';
import { useMenuCommand } from '../menuCommands';
import { useShortcut } from '../useShortcut';
import { t } from '../../i18n';
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
    if (!load) return { default: () => <p className="page-missing">{t('console.workshop.notBuilt')}</p> };
    return { default: (await load())[name]! };
  });
const LivePage = lazyPage('../live/LivePage.tsx', 'LivePage');
const PlanPage = lazyPage('../plan/PlanPage.tsx', 'PlanPage');

const TABS = ['agenda', 'live', 'plan'] as const;
type Tab = (typeof TABS)[number];
const tabLabel = (tab: Tab): string =>
  ({
    agenda: t('console.workshop.prepare'),
    live: t('console.workshop.runLive'),
    plan: t('console.workshop.actionPlan'),
  })[tab];

export function WorkshopScreen({ workshopId, tab }: { workshopId: string; tab: Tab }) {
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
        toasts.show({ tone: 'success', message: t('console.exported', { name: workshop.name }) });
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
        message: t('console.workshop.templateSaved', { name: workshop.name }),
      });
    } catch (error) {
      toasts.show({ tone: 'error', message: describeStorageError(error) });
    }
  };
  useShortcut('mod+e', () => void exportFile());
  useMenuCommand('export-workshop', () => void exportFile());
  useMenuCommand('new-workshop', () => navigate({ page: 'library', creating: true }));

  if (workshop === undefined) return <p className="screen-message muted">{t('console.workshop.opening')}</p>;
  if (workshop === null) {
    return (
      <div className="screen-message">
        <h2>{t('console.workshop.missing')}</h2>
        <p className="muted">{t('console.workshop.maybeDeleted')}</p>
        <a className="btn" href="#/">
          {t('console.workshop.backToLibrary')}
        </a>
      </div>
    );
  }

  const route = (to: Tab): Route => ({ page: 'workshop', workshopId, tab: to });

  return (
    <div className="workshop-screen">
      <header className="workshop-header">
        <a className="btn btn-ghost back-link" href="#/" aria-label={t('console.workshop.backToLibrary')}>
          ← {t('console.workshop.library')}
        </a>
        <div className="workshop-title">
          <h1>{workshop.name}</h1>
          <span className="muted">
            {[workshop.organisation, workshop.date && formatWorkshopDate(workshop.date)]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </div>
        <nav className="workshop-tabs" aria-label={t('console.shortcuts.workshop')}>
          {TABS.map((to) => (
            <a
              key={to}
              href={hrefOf(route(to))}
              className="workshop-tab"
              aria-current={to === tab ? 'page' : undefined}
            >
              {tabLabel(to)}
            </a>
          ))}
        </nav>
        <div className="workshop-tools">
          <SaveState save={save} retry={retrySave} />
          <button
            className="btn btn-sm btn-ghost"
            onClick={() => void exportFile()}
            title={t('console.workshop.exportTitle')}
          >
            {t('console.export')}
          </button>
          <button
            className="btn btn-sm btn-ghost"
            onClick={() => void saveTemplate()}
            title={t('console.workshop.saveTemplateTitle')}
          >
            {t('console.workshop.saveTemplate')}
          </button>
          <button
            className="btn btn-sm btn-ghost"
            onClick={undo}
            disabled={!undoStep}
            title={
              undoStep?.label
                ? t('console.workshop.undoStep', { step: undoStep.label })
                : t('console.workshop.undoTitle')
            }
          >
            ↶ {t('console.undo')}
          </button>
          <button
            className="btn btn-sm btn-ghost"
            onClick={redo}
            disabled={!redoStep}
            title={
              redoStep?.label
                ? t('console.workshop.redoStep', { step: redoStep.label })
                : t('console.workshop.redoTitle')
            }
          >
            ↷ {t('console.redo')}
          </button>
        </div>
      </header>
      <main className="workshop-body">
        <WorkshopHistoryContext.Provider value={history}>
          {tab === 'agenda' && <AgendaPage workshop={workshop} update={update} />}
          <Suspense fallback={<p className="screen-message muted">{t('console.workshop.loading')}</p>}>
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
        {t('console.save.failed')}{' '}
        <button type="button" className="btn btn-sm btn-ghost" onClick={retry}>
          {t('console.save.retry')}
        </button>
      </span>
    );
  }
  return (
    <span className="save-state muted" aria-live="polite">
      {save.state === 'saving' ? t('console.save.saving') : t('console.save.saved')}
    </span>
  );
}
