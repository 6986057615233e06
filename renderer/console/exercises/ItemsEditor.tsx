import { newId } from '../../../shared/ids';
import { t } from '../../i18n';
import { useToasts } from '../../ui/Toasts';
import { CsvImportButton } from '../boards/CsvImportButton';
import { ItemListEditor, type ListItem } from '../boards/ItemListEditor';
import { newTitles } from '../boards/newItems';
import { itemWords, type ItemNoun } from './itemWords';
import { PasteItems } from './PasteItems';

const TITLE_MAX = 160;
const DESCRIPTION_MAX = 600;

interface Props<T extends ListItem> {
  noun: ItemNoun;
  items: readonly T[];
  max: number;
  titleOf: (item: T) => string;
  /** A new item from a title and a description. */
  make: (id: string, title: string, description: string) => T;
  withTitle: (item: T, title: string) => T;
  /** What the CSV holds, said beside the import button. */
  csvHint: string;
  onChange: (items: T[], coalesce?: string) => void;
}

/** Cards or offerings: CSV import, paste one per line (duplicates skipped), remove all, edit one by one. */
export function ItemsEditor<T extends ListItem>({
  noun,
  items,
  max,
  titleOf,
  make,
  withTitle,
  csvHint,
  onChange,
}: Props<T>) {
  const toasts = useToasts();
  const words = itemWords(noun);
  const room = max - items.length;
  const titles = items.map(titleOf);
  const add = (added: { title: string; description: string }[]) =>
    onChange([...items, ...added.map((a) => make(newId(), a.title, a.description))].slice(0, max));

  return (
    <>
      <div className="items-tools">
        <CsvImportButton
          noun={noun}
          room={room}
          existing={titles}
          titleMax={TITLE_MAX}
          descriptionMax={DESCRIPTION_MAX}
          onAdd={add}
        />
        <span className="muted">{csvHint}</span>
        {items.length > 0 ? (
          <button
            className="btn btn-sm btn-ghost btn-danger"
            onClick={() => {
              const n = items.length;
              onChange([]);
              toasts.show({ tone: 'info', message: words.removedAll(n) });
            }}
          >
            {words.removeAll()}
          </button>
        ) : null}
      </div>
      <PasteItems
        noun={noun}
        room={room}
        onAdd={(lines) => {
          const { titles: fresh, skipped } = newTitles(lines, titles, TITLE_MAX);
          add(fresh.map((title) => ({ title, description: '' })));
          if (skipped > 0) {
            toasts.show({
              tone: 'info',
              message: t('agenda.items.skipped', { count: skipped }),
            });
          }
        }}
      />
      <ItemListEditor<T>
        noun={noun}
        items={items}
        titleOf={titleOf}
        withTitle={withTitle}
        create={(title) => make(newId(), title, '')}
        onChange={onChange}
        max={max}
        titleMax={TITLE_MAX}
        descriptionMax={DESCRIPTION_MAX}
      />
    </>
  );
}
