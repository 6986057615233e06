import { minuteOfDay } from '../../../shared/workshop/schedule';
import { TextField } from '../../ui/TextField';
import { LanguageSelect } from '../LanguageSelect';
import type { PageProps } from '../workshop/WorkshopScreen';

export function WorkshopDetails({ workshop, update }: PageProps) {
  const set = (field: 'name' | 'organisation' | 'date' | 'facilitator') => (value: string) =>
    update((w) => ({ ...w, [field]: value }), {
      coalesce: `workshop.${field}`,
      label: `edit of the ${field}`,
    });
  // An emptied time field takes the planned start away; the agenda then shows durations only.
  const setStart = (value: string) => {
    if (value !== '' && minuteOfDay(value) === null) return;
    update(
      (w) => {
        const { plannedStart: _, ...rest } = w;
        return value ? { ...rest, plannedStart: value } : rest;
      },
      { coalesce: 'workshop.plannedStart', label: 'edit of the start time' },
    );
  };
  return (
    <section className="card details-card" aria-label="Workshop details">
      <label className="field">
        <span>Workshop name</span>
        <TextField maxLength={120} required value={workshop.name} onCommit={set('name')} />
      </label>
      <div className="details-row">
        <label className="field">
          <span>Organisation</span>
          <TextField maxLength={120} value={workshop.organisation} onCommit={set('organisation')} />
        </label>
        <label className="field">
          <span>Date</span>
          <TextField type="date" value={workshop.date} onCommit={set('date')} />
        </label>
      </div>
      <div className="details-row">
        <label className="field">
          <span>Facilitator</span>
          <TextField maxLength={120} value={workshop.facilitator} onCommit={set('facilitator')} />
        </label>
        <label className="field">
          <span>Starts at</span>
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
              { label: 'change of language' },
            )
          }
        />
      </div>
    </section>
  );
}
