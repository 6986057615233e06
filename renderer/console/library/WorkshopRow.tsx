import { useState } from 'react';
import type { Workshop } from '../../../shared/workshop/schema';
import { hrefOf } from '../router';

interface Props {
  workshop: Workshop;
  changed: string;
  onRename: (name: string) => void;
  onDuplicate: () => void;
  onExport: () => void;
  onDelete: () => void;
}

export function WorkshopRow({ workshop, changed, onRename, onDuplicate, onExport, onDelete }: Props) {
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(workshop.name);

  const finish = (save: boolean) => {
    setRenaming(false);
    const name = draft.trim();
    if (save && name && name !== workshop.name) onRename(name);
    else setDraft(workshop.name);
  };

  const facts = [
    workshop.organisation,
    workshop.date &&
      new Date(`${workshop.date}T12:00:00`).toLocaleDateString(undefined, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
      }),
    `${workshop.agenda.length} exercise${workshop.agenda.length === 1 ? '' : 's'}`,
    workshop.initiatives.length > 0 && `${workshop.initiatives.length} initiatives`,
  ].filter(Boolean);

  return (
    <li className="workshop-row card" data-testid="workshop-row">
      <div className="workshop-row-main">
        {renaming ? (
          <input
            className="input"
            aria-label="Workshop name"
            autoFocus
            maxLength={120}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={() => finish(true)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') finish(true);
              if (e.key === 'Escape') finish(false);
            }}
          />
        ) : (
          <a
            className="workshop-name"
            href={hrefOf({ page: 'workshop', workshopId: workshop.id, tab: 'agenda' })}
          >
            {workshop.name}
          </a>
        )}
        <div className="workshop-facts muted">
          {facts.join(' · ')}
          <span className="workshop-changed"> · changed {changed}</span>
        </div>
      </div>
      <div className="workshop-row-actions">
        <button
          className="btn btn-sm btn-ghost"
          onClick={() => setRenaming(true)}
          aria-label={`Rename ${workshop.name}`}
        >
          Rename
        </button>
        <button
          className="btn btn-sm btn-ghost"
          onClick={onDuplicate}
          aria-label={`Duplicate ${workshop.name}`}
        >
          Duplicate
        </button>
        <button className="btn btn-sm btn-ghost" onClick={onExport} aria-label={`Export ${workshop.name}`}>
          Export
        </button>
        <button
          className="btn btn-sm btn-ghost btn-danger"
          onClick={onDelete}
          aria-label={`Delete ${workshop.name}`}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
