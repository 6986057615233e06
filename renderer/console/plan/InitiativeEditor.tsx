import { BURDEN_LABELS, BURDENS, type Burden } from '../../../shared/burdens';
import { BAND_LABELS, bandOf } from '../../../shared/continuum';
import { MOVE_RIGHT_PROMPT } from '../../../shared/plan';
import type { Initiative } from '../../../shared/workshop/initiative';
import { NumberField } from '../../ui/NumberField';
import { TextArea, TextField } from '../../ui/TextField';

interface Props {
  initiative: Initiative;
  number: number;
  sourceLabel: string;
  /** The room's median placement and dot votes, shown as hints. */
  roomMedian: number | null;
  roomDots: number | null;
  onChange: (change: Partial<Initiative>) => void;
  onDelete: () => void;
  onClose: () => void;
}

/** Every field of one initiative, in the side panel. */
export function InitiativeEditor({
  initiative: i,
  number,
  sourceLabel,
  roomMedian,
  roomDots,
  onChange,
  onDelete,
  onClose,
}: Props) {
  const toggleBurden = (burden: Burden) =>
    onChange({
      burdens: i.burdens.includes(burden)
        ? i.burdens.filter((b) => b !== burden)
        : BURDENS.filter((b) => b === burden || i.burdens.includes(b)),
    });
  const idFor = (field: string) => `initiative-${i.id}-${field}`;

  return (
    <aside className="plan-editor card" aria-label={`Initiative ${number}`}>
      <header className="plan-editor-head">
        <span className="plan-number">{number}</span>
        <h2>Initiative</h2>
        <button
          type="button"
          className="btn btn-sm btn-ghost"
          onClick={onClose}
          aria-label="Close the details"
        >
          ✕
        </button>
      </header>
      <label className="field">
        <span>Title</span>
        <TextField value={i.title} onCommit={(title) => onChange({ title })} required maxLength={160} />
      </label>
      <label className="field">
        <span>Description</span>
        <TextArea
          value={i.description}
          onCommit={(description) => onChange({ description })}
          maxLength={1000}
          rows={3}
        />
      </label>
      <div className="plan-editor-row">
        <label className="field">
          <span>Owner</span>
          <TextField value={i.owner} onCommit={(owner) => onChange({ owner })} maxLength={120} />
        </label>
        <label className="field">
          <span>Due date</span>
          <input
            className="input"
            type="date"
            value={i.dueDate}
            onChange={(e) => onChange({ dueDate: e.target.value })}
          />
        </label>
      </div>
      <label className="field">
        <span>Next step toward substantive</span>
        <TextArea
          value={i.nextStep}
          onCommit={(nextStep) => onChange({ nextStep })}
          maxLength={500}
          rows={2}
          placeholder="What moves it from gesture to how we hire, measure, reward or decide?"
        />
      </label>
      <label className="field">
        <span>Customer metric</span>
        <TextField
          value={i.customerMetric}
          onCommit={(customerMetric) => onChange({ customerMetric })}
          maxLength={200}
          placeholder="A customer measure, not a product one"
        />
      </label>
      <fieldset className="field plan-burdens">
        <legend className="field-label">Burdens it reduces</legend>
        {BURDENS.map((burden) => (
          <label key={burden} className="plan-check">
            <input
              type="checkbox"
              checked={i.burdens.includes(burden)}
              onChange={() => toggleBurden(burden)}
            />
            {BURDEN_LABELS[burden]}
          </label>
        ))}
      </fieldset>
      <div className="plan-editor-row">
        <label className="field" htmlFor={idFor('position')}>
          <span>Position (0–100)</span>
          <NumberField
            id={idFor('position')}
            min={0}
            max={100}
            value={i.position}
            emptyAs={null}
            placeholder={roomMedian === null ? 'Not placed' : `Room: ${Math.round(roomMedian)}`}
            onCommit={(position) => onChange({ position })}
          />
        </label>
        <label className="field">
          <span>Priority (dots)</span>
          <NumberField
            min={0}
            max={100000}
            value={i.priority || null}
            emptyAs={null}
            placeholder={roomDots === null ? '0' : `Room: ${roomDots}`}
            onCommit={(priority) => onChange({ priority: priority ?? 0 })}
          />
        </label>
      </div>
      <p className="muted plan-editor-note">
        {i.position === null
          ? 'Not placed yet: drag it onto the line or type a position.'
          : `${BAND_LABELS[bandOf(i.position)]}.`}{' '}
        {i.position !== null && bandOf(i.position) === 'symbolic' ? MOVE_RIGHT_PROMPT : ''}
      </p>
      <p className="muted plan-editor-note">Source: {sourceLabel}</p>
      <button type="button" className="btn btn-sm btn-danger" onClick={onDelete}>
        Delete initiative
      </button>
    </aside>
  );
}
