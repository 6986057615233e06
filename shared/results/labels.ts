import type { ActivitySpec } from '../exercises/common';

/** How an item id reads to people: its label in the activity's config, else the id as is. */
export type Labels = (id: string) => string;

export function labelsOf(
  list: ReadonlyArray<{ id: string; label?: string; title?: string }> | undefined,
): Labels {
  const byId = new Map((list ?? []).map((x) => [x.id, x.label ?? x.title ?? x.id]));
  return (id) => byId.get(id) ?? id;
}

/** A kind's config as the results see it: only the labelled lists, whatever the kind. */
export interface LabelledConfig {
  items?: ReadonlyArray<{ id: string; label: string }>;
  options?: ReadonlyArray<{ id: string; label: string }>;
  cards?: ReadonlyArray<{ id: string; title: string }>;
  categories?: ReadonlyArray<{ id: string; label: string }>;
  lists?: ReadonlyArray<{ id: string; label: string }>;
  stages?: ReadonlyArray<{ id: string; label: string }>;
  axes?: { x: { label: string }; y: { label: string } };
  min?: number;
  basicsQuestion?: boolean;
}

export function configOf(spec: ActivitySpec | undefined): LabelledConfig {
  const config = spec?.config;
  return typeof config === 'object' && config !== null ? (config as LabelledConfig) : {};
}

/** Two decimals: enough for analysis, and stable across spreadsheet apps. */
export function stat(value: number | null | undefined): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}
