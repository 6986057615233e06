import { BURDENS, type Burden } from '../../../shared/burdens';
import { bandOf } from '../../../shared/continuum';
import type { Initiative } from '../../../shared/workshop/initiative';
import { NumberField } from '../../ui/NumberField';
import { TextArea, TextField } from '../../ui/TextField';
import { bandLabel, burdenLabel, t } from '../../i18n';
import { moveRightPrompt } from './planWords';

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
    <aside className="plan-editor card" aria-label={t('plan.editor.label', { number })}>
      <header className="plan-editor-head">
        <span className="plan-number">{number}</span>
        <h2>{t('plan.editor.title')}</h2>
        <button
          type="button"
          className="btn btn-sm btn-ghost"
          onClick={onClose}
          aria-label={t('plan.editor.close')}
        >
          ✕
        </button>
      </header>
      <label className="field">
        <span>{t('plan.editor.titleField')}</span>
        <TextField value={i.title} onCommit={(title) => onChange({ title })} required maxLength={160} />
      </label>
      <label className="field">
        <span>{t('plan.editor.description')}</span>
        <TextArea
          value={i.description}
          onCommit={(description) => onChange({ description })}
          maxLength={1000}
          rows={3}
        />
      </label>
      <div className="plan-editor-row">
        <label className="field">
          <span>{t('plan.editor.owner')}</span>
          <TextField value={i.owner} onCommit={(owner) => onChange({ owner })} maxLength={120} />
        </label>
        <label className="field">
          <span>{t('plan.editor.dueDate')}</span>
          <input
            className="input"
            type="date"
            value={i.dueDate}
            onChange={(e) => onChange({ dueDate: e.target.value })}
          />
        </label>
      </div>
      <label className="field">
        <span>{t('plan.editor.nextStep')}</span>
        <TextArea
          value={i.nextStep}
          onCommit={(nextStep) => onChange({ nextStep })}
          maxLength={500}
          rows={2}
          placeholder={t('plan.editor.nextStepHint')}
        />
      </label>
      <label className="field">
        <span>{t('plan.editor.metric')}</span>
        <TextField
          value={i.customerMetric}
          onCommit={(customerMetric) => onChange({ customerMetric })}
          maxLength={200}
          placeholder={t('plan.editor.metricHint')}
        />
      </label>
      <fieldset className="field plan-burdens">
        <legend className="field-label">{t('plan.editor.burdens')}</legend>
        {BURDENS.map((burden) => (
          <label key={burden} className="plan-check">
            <input
              type="checkbox"
              checked={i.burdens.includes(burden)}
              onChange={() => toggleBurden(burden)}
            />
            {burdenLabel(burden)}
          </label>
        ))}
      </fieldset>
      <div className="plan-editor-row">
        <label className="field" htmlFor={idFor('position')}>
          <span>{t('plan.editor.position')}</span>
          <NumberField
            id={idFor('position')}
            min={0}
            max={100}
            value={i.position}
            emptyAs={null}
            placeholder={
              roomMedian === null
                ? t('plan.notPlaced')
                : t('plan.editor.room', { value: Math.round(roomMedian) })
            }
            onCommit={(position) => onChange({ position })}
          />
        </label>
        <label className="field">
          <span>{t('plan.editor.priority')}</span>
          <NumberField
            min={0}
            max={100000}
            value={i.priority || null}
            emptyAs={null}
            placeholder={roomDots === null ? '0' : t('plan.editor.room', { value: roomDots })}
            onCommit={(priority) => onChange({ priority: priority ?? 0 })}
          />
        </label>
      </div>
      <p className="muted plan-editor-note">
        {i.position === null
          ? t('plan.editor.notPlaced')
          : t('plan.editor.band', { band: bandLabel(bandOf(i.position)) })}{' '}
        {i.position !== null && bandOf(i.position) === 'symbolic' ? moveRightPrompt() : ''}
      </p>
      <p className="muted plan-editor-note">{t('plan.editor.source', { source: sourceLabel })}</p>
      <button type="button" className="btn btn-sm btn-danger" onClick={onDelete}>
        {t('plan.editor.delete')}
      </button>
    </aside>
  );
}
