import type { PlanSection } from './types';

/** A plan section's own data, without its status and title; null when not ready. */
export function sectionData<T extends object>(section: PlanSection<T>): T | null {
  if (section.status !== 'ready') return null;
  const { status: _status, title: _title, ...data } = section;
  return data as unknown as T;
}
