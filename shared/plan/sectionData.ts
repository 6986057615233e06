import type { PlanDataOf, PlannedType } from '../exercises/registry';
import type { ActionPlan, PlanSection } from './types';

/** A plan section's own data, without its status and title; null when not ready. */
export function sectionData<T extends object>(section: PlanSection<T>): T | null {
  if (section.status !== 'ready') return null;
  const { status: _status, title: _title, ...data } = section;
  return data as unknown as T;
}

/** One exercise's section of the plan: what its outcome and its PDF section show. */
export function sectionOf<T extends PlannedType>(
  plan: Pick<ActionPlan, 'exercises'>,
  exercise: { id: string; type: T },
): PlanSection<PlanDataOf<T>> {
  const found = plan.exercises.find((e) => e.exerciseId === exercise.id && e.type === exercise.type);
  return (found?.section ?? { status: 'absent' }) as PlanSection<PlanDataOf<T>>;
}
