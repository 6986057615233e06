import { ConsoleLanguageSelect } from '../ConsoleLanguageSelect';
import type { Language } from '../../../shared/languages';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { duplicateWorkshop, newWorkshop, type Workshop } from '../../../shared/workshop/schema';
import { workshopFromTemplate } from '../../../shared/workshop/templates';
import { currentLanguage, formatNumber, t } from '../../i18n';
import { useToasts } from '../../ui/Toasts';
import { describeStorageError, workshops } from '../db';
import { navigate } from '../router';
import { useMenuCommand } from '../menuCommands';
import { modKeyName } from '../help/shortcuts';
import { useShortcut } from '../useShortcut';
import { NewWorkshopDialog } from './NewWorkshopDialog';
import { roomLanguageOf } from './newWorkshopLanguage';
import { sampleText } from './sampleText';
import { relativeTime } from './relativeTime';
import { exportWorkshopFile, importFromText, importWorkshopFile, type ImportOutcome } from './transfer';
import { WorkshopRow } from './WorkshopRow';
import './library.css';

export function LibraryPage({ startCreating = false }: { startCreating?: boolean }) {
  const [list, setList] = useState<Workshop[] | null>(null);
  const [creating, setCreating] = useState(startCreating);
  const [filter, setFilter] = useState('');
  const [importError, setImportError] = useState<{ fileName: string; message: string } | null>(null);
  const toasts = useToasts();
  const searchRef = useRef<HTMLInputElement>(null);

  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let live = true;
    workshops.list().then(
      (found) => live && setList(found),
      (error) => {
        if (!live) return;
        setList([]);
        toasts.show({ tone: 'error', message: t('console.library.readFailed', { error: String(error) }) });
      },
    );
    return () => {
      live = false;
    };
  }, [version, toasts]);

  const guarded = useCallback(
    async (work: () => Promise<void>) => {
      try {
        await work();
      } catch (error) {
        toasts.show({ tone: 'error', message: describeStorageError(error) });
      }
      refresh();
    },
    [refresh, toasts],
  );

  const create = (
    name: string,
    organisation: string,
    date: string,
    from: Workshop | null,
    language: Language,
  ) =>
    guarded(async () => {
      const workshop = from
        ? { ...workshopFromTemplate(from, { name, organisation, date }), language }
        : { ...newWorkshop(name, Date.now(), language), organisation: organisation.trim(), date };
      await workshops.put(workshop);
      navigate({ page: 'workshop', workshopId: workshop.id, tab: 'agenda' });
    });

  const afterImport = (outcome: ImportOutcome) => {
    if (outcome.status === 'refused') {
      setImportError({ fileName: outcome.fileName, message: outcome.message });
    } else if (outcome.status === 'imported') {
      setImportError(null);
      toasts.show({
        tone: 'success',
        message: outcome.renamed
          ? t('console.import.importedCopy', { name: outcome.workshop.name })
          : t('console.import.imported', { name: outcome.workshop.name }),
      });
    }
  };

  const importFile = () => guarded(async () => afterImport(await importWorkshopFile()));
  // The sample in the console's language: a German facilitator meets a German workshop.
  const openSample = () =>
    guarded(async () => {
      const text = await sampleText(roomLanguageOf(currentLanguage()));
      const outcome = await importFromText(text, text.length, 'sample');
      afterImport(outcome);
      if (outcome.status === 'imported') {
        navigate({ page: 'workshop', workshopId: outcome.workshop.id, tab: 'agenda' });
      }
    });

  const rename = (workshop: Workshop, name: string) =>
    guarded(async () => {
      await workshops.put({ ...workshop, name, updatedAt: Date.now() });
    });

  const duplicate = (workshop: Workshop) =>
    guarded(async () => {
      const copy = duplicateWorkshop(workshop);
      await workshops.put(copy);
      toasts.show({ tone: 'success', message: t('console.library.made', { name: copy.name }) });
    });

  const remove = (workshop: Workshop) =>
    guarded(async () => {
      const removed = await workshops.delete(workshop.id);
      if (!removed) return;
      toasts.show({
        tone: 'info',
        message: t('console.library.deleted', { name: removed.name }),
        timeout: 10_000,
        action: { label: t('console.undo'), run: () => void guarded(() => workshops.put(removed)) },
      });
    });

  const exportOne = (workshop: Workshop) =>
    guarded(async () => {
      if (await exportWorkshopFile(workshop))
        toasts.show({ tone: 'success', message: t('console.exported', { name: workshop.name }) });
    });

  useShortcut('mod+n', () => setCreating(true));
  useShortcut('mod+o', () => void importFile());
  useShortcut('/', () => searchRef.current?.focus());
  useMenuCommand('new-workshop', () => setCreating(true));
  useMenuCommand('import-workshop', () => void importFile());

  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    if (!list || !needle) return list;
    return list.filter((w) => `${w.name} ${w.organisation}`.toLowerCase().includes(needle));
  }, [list, filter]);

  const mod = modKeyName(navigator.platform);
  return (
    <div className="library">
      <header className="library-header">
        <div className="brand">
          <svg className="brand-mark" viewBox="0 0 44 44" aria-hidden="true">
            <rect width="44" height="44" rx="12" fill="var(--navy)" />
            <path d="M30 12v20" stroke="#fff" strokeWidth="3.5" strokeLinecap="round" />
            <path
              d="M9 22h15m-6-7 7 7-7 7"
              fill="none"
              stroke="var(--teal-2)"
              strokeWidth="3.5"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <div>
            <h1>Outside-In</h1>
            <p className="muted">{t('console.library.tagline')}</p>
          </div>
        </div>
        <div className="library-actions">
          <ConsoleLanguageSelect />
          <button className="btn" onClick={() => void importFile()} title={t('console.library.importTitle')}>
            {t('console.library.import')} <kbd>{chord(mod, 'O')}</kbd>
          </button>
          <button className="btn btn-primary" onClick={() => setCreating(true)}>
            {t('console.library.newWorkshop')} <kbd>{chord(mod, 'N')}</kbd>
          </button>
        </div>
      </header>

      {importError && (
        <div className="import-error" role="alert">
          <div>
            <strong>{t('console.import.notImported', { fileName: importError.fileName })}</strong>{' '}
            {importError.message} {t('console.import.unchanged')}
          </div>
          <button
            className="btn btn-sm btn-ghost"
            onClick={() => setImportError(null)}
            aria-label={t('console.dismiss')}
          >
            ×
          </button>
        </div>
      )}

      <main className="library-main">
        {list === null ? (
          <p className="muted">{t('console.library.opening')}</p>
        ) : list.length === 0 ? (
          <section className="empty-state card">
            <h2>{t('console.library.firstTitle')}</h2>
            <p>{t('console.library.firstText')}</p>
            <div className="empty-actions">
              <button className="btn btn-primary" onClick={() => setCreating(true)}>
                {t('console.library.create')}
              </button>
              <button className="btn" onClick={() => void openSample()}>
                {t('console.library.openSample')}
              </button>
              <button className="btn btn-ghost" onClick={() => void importFile()}>
                {t('console.library.importFile')}
              </button>
            </div>
          </section>
        ) : (
          <>
            <div className="library-toolbar">
              <h2>
                {t('console.library.workshops')} <span className="badge">{formatNumber(list.length)}</span>
              </h2>
              <input
                ref={searchRef}
                className="input library-search"
                type="search"
                placeholder={t('console.library.filter')}
                aria-label={t('console.library.filterLabel')}
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
              />
              <button className="btn btn-ghost btn-sm" onClick={() => void openSample()}>
                {t('console.library.addSample')}
              </button>
            </div>
            <ul className="workshop-list" aria-label={t('console.library.workshops')}>
              {shown?.map((workshop) => (
                <WorkshopRow
                  key={workshop.id}
                  workshop={workshop}
                  changed={relativeTime(workshop.updatedAt)}
                  onRename={(name) => void rename(workshop, name)}
                  onDuplicate={() => void duplicate(workshop)}
                  onExport={() => void exportOne(workshop)}
                  onDelete={() => void remove(workshop)}
                />
              ))}
              {shown?.length === 0 && (
                <li className="muted no-match">{t('console.library.noMatch', { filter })}</li>
              )}
            </ul>
          </>
        )}
      </main>

      {creating && (
        <NewWorkshopDialog
          onCancel={() => {
            setCreating(false);
            if (startCreating) navigate({ page: 'library' });
          }}
          onCreate={(name, organisation, date, from, language) => {
            setCreating(false);
            void create(name, organisation, date, from, language);
          }}
        />
      )}
    </div>
  );
}

/** Keys pressed together, as the buttons hint them: "Ctrl N". */
const chord = (...keys: string[]) => keys.join(' ');
