import {
  newOwnLabel,
  type OwnActivity,
  type OwnActivityOf,
  type OwnLabel,
} from '../../../shared/exercises/own/schema';
import { ListEditor } from '../../console/exercises/ListEditor';
import { t } from '../../i18n';
import { NumberField } from '../../ui/NumberField';
import { TextField } from '../../ui/TextField';

type Change = (activity: OwnActivity, coalesce?: string) => void;

function Labels({
  heading,
  label,
  newLabel,
  items,
  max,
  placeholder,
  minItems,
  onChange,
}: {
  /** Said above the list. */
  heading: string;
  label: string;
  newLabel: string;
  items: OwnLabel[];
  max: number;
  placeholder: string;
  minItems?: number;
  onChange: (items: OwnLabel[], coalesce?: string) => void;
}) {
  return (
    <>
      <span className="field-label">{heading}</span>
      <ListEditor<OwnLabel>
        label={label}
        newLabel={newLabel}
        items={items}
        textOf={(l) => l.label}
        withText={(l, text) => ({ ...l, label: text })}
        create={newOwnLabel}
        keyOf={(l) => l.id}
        onChange={onChange}
        max={max}
        maxLength={300}
        placeholder={placeholder}
        minItems={minItems}
      />
    </>
  );
}

function Scale({ activity, onChange }: { activity: OwnActivityOf<'scale'>; onChange: Change }) {
  return (
    <>
      <Labels
        heading={t('agenda.own.scale.heading')}
        label={t('agenda.own.scale.label')}
        newLabel={t('agenda.own.scale.new')}
        items={activity.statements}
        max={50}
        placeholder={t('agenda.own.scale.placeholder')}
        onChange={(statements, c) => onChange({ ...activity, statements }, c)}
      />
      <div className="own-row">
        <label className="field">
          <span>{t('agenda.own.scale.scale')}</span>
          <select
            className="input"
            value={activity.max}
            onChange={(e) => onChange({ ...activity, max: e.target.value === '10' ? 10 : 5 })}
          >
            <option value={5}>{t('agenda.own.scale.range', { max: 5 })}</option>
            <option value={10}>{t('agenda.own.scale.range', { max: 10 })}</option>
          </select>
        </label>
        <label className="field grow">
          <span>{t('agenda.own.scale.lowest')}</span>
          <TextField
            maxLength={40}
            value={activity.minLabel}
            onCommit={(minLabel) => onChange({ ...activity, minLabel }, 'minLabel')}
          />
        </label>
        <label className="field grow">
          <span>{t('agenda.own.scale.highest')}</span>
          <TextField
            maxLength={40}
            value={activity.maxLabel}
            onCommit={(maxLabel) => onChange({ ...activity, maxLabel }, 'maxLabel')}
          />
        </label>
      </div>
    </>
  );
}

function Choice({ activity, onChange }: { activity: OwnActivityOf<'choice'>; onChange: Change }) {
  return (
    <>
      <Labels
        heading={t('agenda.own.options')}
        label={t('agenda.own.option')}
        newLabel={t('agenda.own.newOption')}
        items={activity.options}
        max={50}
        placeholder={t('agenda.own.choice.placeholder')}
        onChange={(options, c) => onChange({ ...activity, options }, c)}
      />
      <label className="own-check">
        <input
          type="checkbox"
          checked={activity.multi}
          onChange={(e) => onChange({ ...activity, multi: e.target.checked })}
        />
        {t('agenda.own.choice.multi')}
      </label>
    </>
  );
}

function Dots({ activity, onChange }: { activity: OwnActivityOf<'dots'>; onChange: Change }) {
  return (
    <>
      <Labels
        heading={t('agenda.own.options')}
        label={t('agenda.own.option')}
        newLabel={t('agenda.own.newOption')}
        items={activity.options}
        max={300}
        placeholder={t('agenda.own.dots.placeholder')}
        onChange={(options, c) => onChange({ ...activity, options }, c)}
      />
      <label className="field inline-field">
        <span>{t('agenda.own.dots.each')}</span>
        <NumberField
          min={1}
          max={20}
          value={activity.dots}
          onCommit={(dots) => onChange({ ...activity, dots })}
        />
      </label>
    </>
  );
}

function Rating({ activity, onChange }: { activity: OwnActivityOf<'rating'>; onChange: Change }) {
  return (
    <>
      <Labels
        heading={t('agenda.own.rating.heading')}
        label={t('agenda.own.rating.label')}
        newLabel={t('agenda.own.rating.new')}
        items={activity.items}
        max={200}
        placeholder={t('agenda.own.rating.placeholder')}
        onChange={(items, c) => onChange({ ...activity, items }, c)}
      />
      <div className="own-row">
        <label className="field grow">
          <span>{t('agenda.own.rating.across')}</span>
          <TextField
            maxLength={80}
            value={activity.xLabel}
            onCommit={(xLabel) => onChange({ ...activity, xLabel }, 'xLabel')}
          />
        </label>
        <label className="field grow">
          <span>{t('agenda.own.rating.up')}</span>
          <TextField
            maxLength={80}
            value={activity.yLabel}
            onCommit={(yLabel) => onChange({ ...activity, yLabel }, 'yLabel')}
          />
        </label>
      </div>
    </>
  );
}

function Sort({ activity, onChange }: { activity: OwnActivityOf<'sort'>; onChange: Change }) {
  return (
    <>
      <Labels
        heading={t('agenda.own.sort.cards')}
        label={t('agenda.own.sort.card')}
        newLabel={t('agenda.own.sort.newCard')}
        items={activity.cards}
        max={500}
        placeholder={t('agenda.own.sort.cardPlaceholder')}
        onChange={(cards, c) => onChange({ ...activity, cards }, c)}
      />
      <Labels
        heading={t('agenda.own.sort.categories')}
        label={t('agenda.own.sort.category')}
        newLabel={t('agenda.own.sort.newCategory')}
        items={activity.categories}
        max={6}
        minItems={2}
        placeholder={t('agenda.own.sort.categoryPlaceholder')}
        onChange={(categories, c) => onChange({ ...activity, categories }, c)}
      />
    </>
  );
}

/** What one question asks, by its kind. */
export function QuestionContent({ activity, onChange }: { activity: OwnActivity; onChange: Change }) {
  switch (activity.kind) {
    case 'scale':
      return <Scale activity={activity} onChange={onChange} />;
    case 'choice':
      return <Choice activity={activity} onChange={onChange} />;
    case 'open':
      return (
        <label className="field inline-field">
          <span>{t('agenda.own.open.each')}</span>
          <NumberField
            min={1}
            max={10}
            value={activity.perParticipant}
            onCommit={(perParticipant) => onChange({ ...activity, perParticipant })}
          />
        </label>
      );
    case 'dots':
      return <Dots activity={activity} onChange={onChange} />;
    case 'rating':
      return <Rating activity={activity} onChange={onChange} />;
    case 'sort':
      return <Sort activity={activity} onChange={onChange} />;
  }
}
