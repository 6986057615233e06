import { useState } from 'react';
import type { Workshop } from '../../../shared/workshop/schema';
import { t } from '../../i18n';
import { hrefOf } from '../router';
import { formatWorkshopDate } from './workshopDate';

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
    workshop.date && formatWorkshopDate(workshop.date),
    t('console.row.exercises', { count: workshop.agenda.length }),
    workshop.initiatives.length > 0 && t('console.row.initiatives', { count: workshop.initiatives.length }),
  ].filter(Boolean);

  return (
    <li className="workshop-row card" data-testid="workshop-row">
      <div className="workshop-row-main">
        {renaming ? (
          <input
            className="input"
            aria-label={t('console.details.name')}
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
          <span className="workshop-changed"> · {t('console.row.changed', { when: changed })}</span>
        </div>
      </div>
      <div className="workshop-row-actions">
        <button
          className="btn btn-sm btn-ghost"
          onClick={() => setRenaming(true)}
          aria-label={t('console.row.renameLabel', { name: workshop.name })}
        >
          {t('console.row.rename')}
        </button>
        <button
          className="btn btn-sm btn-ghost"
          onClick={onDuplicate}
          aria-label={t('console.row.duplicateLabel', { name: workshop.name })}
        >
          {t('console.row.duplicate')}
        </button>
        <button
          className="btn btn-sm btn-ghost"
          onClick={onExport}
          aria-label={t('console.row.exportLabel', { name: workshop.name })}
        >
          {t('console.export')}
        </button>
        <button
          className="btn btn-sm btn-ghost btn-danger"
          onClick={onDelete}
          aria-label={t('console.row.deleteLabel', { name: workshop.name })}
        >
          {t('console.row.delete')}
        </button>
      </div>
    </li>
  );
}
