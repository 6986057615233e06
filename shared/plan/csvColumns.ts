/**
 * The columns' ids, in English, which are also the English file's headers; a plan in another
 * language heads them in its own (see words/).
 */
export const CSV_COLUMNS = [
  '#',
  'Title',
  'Band',
  'Agreed position',
  'Room’s median',
  'Room’s middle half from',
  'Room’s middle half to',
  'Room’s placements',
  'Owner',
  'Next step',
  'Due date',
  'Customer metric',
  'Burdens reduced',
  'Priority (dots)',
  'Description',
  'Source',
  'Workshop',
  'Workshop date',
] as const;

/** One header per column, in order: a language missing one fails to compile. */
type Texts<T extends readonly unknown[]> = { readonly [K in keyof T]: string };
export type CsvHeaders = Texts<typeof CSV_COLUMNS>;
