import { useEffect, useRef, useState } from 'react';
import type { Language } from '../../../shared/languages';
import { readWorkshopFile } from '../../../shared/workshop/file';
import { todayIso, type Workshop } from '../../../shared/workshop/schema';
import { workshopAsTemplate } from '../../../shared/workshop/templates';
import { t, useUiLanguage } from '../../i18n';
import { useToasts } from '../../ui/Toasts';
import { describeStorageError, templates } from '../db';
import type { SavedTemplate } from '../db/library';
import { LanguageSelect } from '../LanguageSelect';
import { defaultWorkshopLanguage, roomLanguageOf } from './newWorkshopLanguage';
import { sampleText } from './sampleText';

interface Props {
  /** `from`: the template to start from; null for the standard agenda. */
  onCreate: (
    name: string,
    organisation: string,
    date: string,
    from: Workshop | null,
    language: Language,
  ) => void;
  onCancel: () => void;
}

/**
 * The sample workshop in this language as a template: its agenda without the sample's results.
 * Where no sample is written in the language the English one stands in, and says it is English
 * (a file without a language is), so the room's language follows its content.
 */
async function sampleTemplate(language: Language): Promise<Workshop | null> {
  const read = readWorkshopFile(await sampleText(language));
  return read.ok ? workshopAsTemplate({ ...read.workshop, language: read.workshop.language ?? 'en' }) : null;
}

const STANDARD = '';
const SAMPLE = 'sample';

export function NewWorkshopDialog({ onCreate, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [date, setDate] = useState(todayIso());
  const [from, setFrom] = useState(STANDARD);
  const [saved, setSaved] = useState<SavedTemplate[]>([]);
  const [sample, setSample] = useState<Workshop | null>(null);
  const toasts = useToasts();
  const uiLanguage = useUiLanguage();
  const [language, setLanguage] = useState<Language>(() => roomLanguageOf(uiLanguage));

  useEffect(() => {
    dialog.current?.showModal();
    templates.list().then(setSaved, () => setSaved([]));
  }, []);

  // The sample in the console's language, read when the dialog opens (not with the console).
  useEffect(() => {
    let live = true;
    sampleTemplate(roomLanguageOf(uiLanguage)).then(
      (read) => live && setSample(read),
      () => live && setSample(null),
    );
    return () => {
      live = false;
    };
  }, [uiLanguage]);

  const chosen = saved.find((s) => s.id === from);
  const templateOf = (id: string) =>
    id === SAMPLE ? sample : (saved.find((s) => s.id === id)?.workshop ?? null);
  const template = templateOf(from);
  const startFrom = (id: string) => {
    setFrom(id);
    // A template's content is written in its language: offer that first, still changeable.
    setLanguage(defaultWorkshopLanguage(uiLanguage, templateOf(id)));
  };
  const removeChosen = async () => {
    if (!chosen) return;
    try {
      await templates.delete(chosen.id);
      setSaved((list) => list.filter((s) => s.id !== chosen.id));
      startFrom(STANDARD);
      toasts.show({
        tone: 'info',
        message: t('console.newWorkshop.templateDeleted', { name: chosen.workshop.name }),
      });
    } catch (error) {
      toasts.show({ tone: 'error', message: describeStorageError(error) });
    }
  };

  return (
    <dialog ref={dialog} className="dialog" onCancel={onCancel} aria-labelledby="new-workshop-title">
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onCreate(name, organisation, date, template, language);
        }}
      >
        <h2 id="new-workshop-title">{t('console.library.newWorkshop')}</h2>
        <label className="field">
          <span>{t('console.newWorkshop.name')}</span>
          <input
            className="input"
            autoFocus
            required
            maxLength={120}
            placeholder={t('console.newWorkshop.namePlaceholder')}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('console.details.organisation')}</span>
          <input
            className="input"
            maxLength={120}
            placeholder={t('console.newWorkshop.organisationPlaceholder')}
            value={organisation}
            onChange={(e) => setOrganisation(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('console.details.date')}</span>
          <input className="input" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <div className="field">
          <label htmlFor="new-workshop-from" className="field-label">
            {t('console.newWorkshop.startFrom')}
          </label>
          <div className="start-from">
            <select
              id="new-workshop-from"
              className="input"
              value={from}
              onChange={(e) => startFrom(e.target.value)}
            >
              <option value={STANDARD}>{t('console.newWorkshop.standard')}</option>
              {saved.map((s) => (
                <option key={s.id} value={s.id}>
                  {t('console.newWorkshop.template', { name: s.workshop.name })}
                </option>
              ))}
              {sample ? (
                <option value={SAMPLE}>{t('console.newWorkshop.sample', { name: sample.name })}</option>
              ) : null}
            </select>
            {chosen ? (
              <button type="button" className="btn btn-sm btn-ghost btn-danger" onClick={removeChosen}>
                {t('console.newWorkshop.deleteTemplate')}
              </button>
            ) : null}
          </div>
          <small className="muted">
            {template
              ? t('console.newWorkshop.fromTemplate', { count: template.agenda.length })
              : t('console.newWorkshop.fromStandard')}
          </small>
        </div>
        <LanguageSelect value={language} onChange={setLanguage} />
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onCancel}>
            {t('console.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={!name.trim()}>
            {t('console.newWorkshop.create')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
