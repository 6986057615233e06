import type { Definition } from '../../../shared/exercises/definition/schema';
import { insertStatement, type CuratedList } from '../../../shared/exercises/definition/curation';
import { t } from '../../i18n';
import { TextArea } from '../../ui/TextField';

const TOP = 5;

interface Props {
  exercise: Definition;
  lists: readonly CuratedList[];
  onChange: (exercise: Definition, coalesce?: string) => void;
}

const halves = () =>
  [
    {
      key: 'means',
      list: 'means',
      label: t('outcome.means'),
      placeholder: t('boards.writer.meansPlaceholder'),
      topLabel: t('boards.writer.topMeans'),
    },
    {
      key: 'notMeans',
      list: 'not-means',
      label: t('outcome.notMeans'),
      placeholder: t('boards.writer.notMeansPlaceholder'),
      topLabel: t('boards.writer.topNotMeans'),
    },
  ] as const;

/** Both halves of the team's definition, each with the room's top statements beside it to insert. */
export function DefinitionWriter({ exercise, lists, onChange }: Props) {
  return (
    <div className="definition-writer">
      {halves().map((half) => {
        const text = exercise.definition[half.key];
        const top = lists.find((l) => l.id === half.list)?.statements.slice(0, TOP) ?? [];
        const set = (value: string, coalesce?: string) =>
          onChange({ ...exercise, definition: { ...exercise.definition, [half.key]: value } }, coalesce);
        return (
          <div key={half.key} className="definition-writer__half">
            <label className="field">
              <span>{half.label}</span>
              <TextArea
                className="textarea definition-writer__text"
                maxLength={2000}
                placeholder={half.placeholder}
                value={text}
                onCommit={(value) => set(value, half.key)}
              />
            </label>
            <div className="definition-writer__top" role="group" aria-label={half.topLabel}>
              <span className="field-label">{t('boards.writer.top')}</span>
              {top.length === 0 ? <p className="muted">{t('boards.writer.noneYet')}</p> : null}
              <ul>
                {top.map((s) => {
                  const inserted = text.includes(s.text.replace(/\s+/g, ' ').trim());
                  return (
                    <li key={s.id}>
                      <button
                        className="top-statement"
                        disabled={inserted}
                        onClick={() => set(insertStatement(text, s.text))}
                        aria-label={
                          inserted
                            ? t('boards.writer.isInserted', { text: s.text })
                            : t('boards.writer.insertText', { text: s.text })
                        }
                      >
                        <span className="top-statement__text">{s.text}</span>
                        <span className="top-statement__meta">
                          ▲ {s.upvotes} · {inserted ? t('boards.writer.inserted') : t('boards.writer.insert')}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </div>
          </div>
        );
      })}
    </div>
  );
}
