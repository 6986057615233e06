import { minuteOfDay } from '../../../shared/workshop/schedule';
import { t } from '../../i18n';
import { TextField } from '../../ui/TextField';
import { LanguageSelect } from '../LanguageSelect';
import type { PageProps } from '../workshop/WorkshopScreen';

type Field = 'name' | 'organisation' | 'date' | 'facilitator';

/** The undo step's name: "Undo the edit of the name". */
const editOf = (field: Field): string =>
  ({
    name: t('console.details.editName'),
    organisation: t('console.details.editOrganisation'),
    date: t('console.details.editDate'),
    facilitator: t('console.details.editFacilitator'),
  })[field];

export function WorkshopDetails({ workshop, update }: PageProps) {
  const set = (field: Field) => (value: string) =>
    update((w) => ({ ...w, [field]: value }), {
      coalesce: `workshop.${field}`,
      label: editOf(field),
    });
  // An emptied time field takes the planned start away; the agenda then shows durations only.
  const setStart = (value: string) => {
    if (value !== '' && minuteOfDay(value) === null) return;
    update(
      (w) => {
        const { plannedStart: _, ...rest } = w;
        return value ? { ...rest, plannedStart: value } : rest;
      },
      { coalesce: 'workshop.plannedStart', label: t('console.details.editStart') },
    );
  };
  return (
    <section className="card details-card" aria-label={t('console.details.title')}>
      <label className="field">
        <span>{t('console.details.name')}</span>
        <TextField maxLength={120} required value={workshop.name} onCommit={set('name')} />
      </label>
      <div className="details-row">
        <label className="field">
          <span>{t('console.details.organisation')}</span>
          <TextField maxLength={120} value={workshop.organisation} onCommit={set('organisation')} />
        </label>
        <label className="field">
          <span>{t('console.details.date')}</span>
          <TextField type="date" value={workshop.date} onCommit={set('date')} />
        </label>
      </div>
      <div className="details-row">
        <label className="field">
          <span>{t('console.details.facilitator')}</span>
          <TextField maxLength={120} value={workshop.facilitator} onCommit={set('facilitator')} />
        </label>
        <label className="field">
          <span>{t('console.details.startsAt')}</span>
          <TextField type="time" value={workshop.plannedStart ?? ''} onCommit={setStart} />
        </label>
      </div>
      <div className="details-row">
        {/* New exercises take this language; text already written stays as written. */}
        <LanguageSelect
          value={workshop.language ?? 'en'}
          onChange={(language) =>
            update(
              (w) => {
                const { language: _, ...rest } = w;
                return language === 'en' ? rest : { ...rest, language };
              },
              { label: t('console.details.editLanguage') },
            )
          }
        />
      </div>
    </section>
  );
}
