import { useEffect, useRef, useState } from 'react';
import type { Language } from '../../../shared/languages';
import { todayIso } from '../../../shared/workshop/schema';
import { LanguageSelect } from '../LanguageSelect';

interface Props {
  onCreate: (name: string, organisation: string, date: string, language: Language) => void;
  onCancel: () => void;
}

export function NewWorkshopDialog({ onCreate, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [date, setDate] = useState(todayIso());
  const [language, setLanguage] = useState<Language>('en');

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  return (
    <dialog ref={dialog} className="dialog" onCancel={onCancel} aria-labelledby="new-workshop-title">
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onCreate(name, organisation, date, language);
        }}
      >
        <h2 id="new-workshop-title">New workshop</h2>
        <p className="muted">
          It starts with all six exercises on the agenda; remove or reorder them as you like.
        </p>
        <label className="field">
          <span>Name</span>
          <input
            className="input"
            autoFocus
            required
            maxLength={120}
            placeholder="e.g. Leadership offsite — customer day"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label className="field">
          <span>Organisation</span>
          <input
            className="input"
            maxLength={120}
            placeholder="Workshops of one organisation are compared over time"
            value={organisation}
            onChange={(e) => setOrganisation(e.target.value)}
          />
        </label>
        <label className="field">
          <span>Date</span>
          <input className="input" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <LanguageSelect value={language} onChange={setLanguage} />
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={!name.trim()}>
            Create workshop
          </button>
        </div>
      </form>
    </dialog>
  );
}
