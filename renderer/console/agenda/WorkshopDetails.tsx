import { TextField } from '../../ui/TextField';
import type { PageProps } from '../workshop/WorkshopScreen';

export function WorkshopDetails({ workshop, update }: PageProps) {
  const set = (field: 'name' | 'organisation' | 'date' | 'facilitator') => (value: string) =>
    update((w) => ({ ...w, [field]: value }), {
      coalesce: `workshop.${field}`,
      label: `edit of the ${field}`,
    });
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
      <label className="field">
        <span>Facilitator</span>
        <TextField maxLength={120} value={workshop.facilitator} onCommit={set('facilitator')} />
      </label>
    </section>
  );
}
