import { t } from '../../i18n';

/** What an item list holds: push-pull cards or offerings to simplify. */
export type ItemNoun = 'card' | 'offering';

/** The sentences said about a list of cards or offerings, one set per noun (genders and plurals differ). */
export const itemWords = (noun: ItemNoun) =>
  ({
    card: {
      removedAll: (count: number) => t('agenda.cards.removedAll', { count }),
      removeAll: () => t('agenda.cards.removeAll'),
      pasteLabel: () => t('agenda.cards.pasteLabel'),
      pastePlaceholder: () => t('agenda.cards.pastePlaceholder'),
      room: (room: number) => t('agenda.cards.room', { room }),
      over: (lines: number, room: number) => t('agenda.cards.over', { lines, room }),
      toAdd: (count: number) => t('agenda.cards.toAdd', { count }),
      add: (count: number) => t('agenda.cards.add', { count }),
    },
    offering: {
      removedAll: (count: number) => t('agenda.offerings.removedAll', { count }),
      removeAll: () => t('agenda.offerings.removeAll'),
      pasteLabel: () => t('agenda.offerings.pasteLabel'),
      pastePlaceholder: () => t('agenda.offerings.pastePlaceholder'),
      room: (room: number) => t('agenda.offerings.room', { room }),
      over: (lines: number, room: number) => t('agenda.offerings.over', { lines, room }),
      toAdd: (count: number) => t('agenda.offerings.toAdd', { count }),
      add: (count: number) => t('agenda.offerings.add', { count }),
    },
  })[noun];
