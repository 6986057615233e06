import {
  newOwnLabel,
  type OwnActivity,
  type OwnActivityOf,
  type OwnLabel,
} from '../../../shared/exercises/own/schema';
import { ListEditor } from '../../console/exercises/ListEditor';
import { NumberField } from '../../ui/NumberField';
import { TextField } from '../../ui/TextField';

type Change = (activity: OwnActivity, coalesce?: string) => void;

function Labels({
  heading,
  label,
  items,
  max,
  placeholder,
  minItems,
  onChange,
}: {
  /** Said above the list. */
  heading: string;
  label: string;
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
        heading="Statements, each rated on the scale"
        label="Statement"
        items={activity.statements}
        max={50}
        placeholder="A statement to rate, then Enter"
        onChange={(statements, c) => onChange({ ...activity, statements }, c)}
      />
      <div className="own-row">
        <label className="field">
          <span>Scale</span>
          <select
            className="input"
            value={activity.max}
            onChange={(e) => onChange({ ...activity, max: e.target.value === '10' ? 10 : 5 })}
          >
            <option value={5}>1 to 5</option>
            <option value={10}>1 to 10</option>
          </select>
        </label>
        <label className="field grow">
          <span>Lowest means</span>
          <TextField
            maxLength={40}
            value={activity.minLabel}
            onCommit={(minLabel) => onChange({ ...activity, minLabel }, 'minLabel')}
          />
        </label>
        <label className="field grow">
          <span>Highest means</span>
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
        heading="Options"
        label="Option"
        items={activity.options}
        max={50}
        placeholder="An option, then Enter"
        onChange={(options, c) => onChange({ ...activity, options }, c)}
      />
      <label className="own-check">
        <input
          type="checkbox"
          checked={activity.multi}
          onChange={(e) => onChange({ ...activity, multi: e.target.checked })}
        />
        Participants may pick several
      </label>
    </>
  );
}

function Dots({ activity, onChange }: { activity: OwnActivityOf<'dots'>; onChange: Change }) {
  return (
    <>
      <Labels
        heading="Options"
        label="Option"
        items={activity.options}
        max={300}
        placeholder="An option to vote on, then Enter"
        onChange={(options, c) => onChange({ ...activity, options }, c)}
      />
      <label className="field inline-field">
        <span>Dots each</span>
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
        heading="What participants rate"
        label="Thing to rate"
        items={activity.items}
        max={200}
        placeholder="Something to rate on both axes, then Enter"
        onChange={(items, c) => onChange({ ...activity, items }, c)}
      />
      <div className="own-row">
        <label className="field grow">
          <span>Across (1 to 5)</span>
          <TextField
            maxLength={80}
            value={activity.xLabel}
            onCommit={(xLabel) => onChange({ ...activity, xLabel }, 'xLabel')}
          />
        </label>
        <label className="field grow">
          <span>Up (1 to 5)</span>
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
        heading="Cards"
        label="Card"
        items={activity.cards}
        max={500}
        placeholder="A card to sort, then Enter"
        onChange={(cards, c) => onChange({ ...activity, cards }, c)}
      />
      <Labels
        heading="Categories · the first two decide a card, the others count as undecided"
        label="Category"
        items={activity.categories}
        max={6}
        minItems={2}
        placeholder="Another category, then Enter"
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
          <span>Answers each</span>
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
