import type { PlanDataOf, PlannedType } from '../exercises/registry';
import type { ActionPlan, PlanExercise, PlanSection } from './types';

/** A plan section's own data, without its status and title; null when not ready. */
export function sectionData<T extends object>(section: PlanSection<T>): T | null {
  if (section.status !== 'ready') return null;
  const { status: _status, title: _title, ...data } = section;
  return data as unknown as T;
}

/** The plan's sections of one exercise type, in agenda order. */
export function sectionsOfType<T extends PlannedType>(
  plan: Pick<ActionPlan, 'exercises'>,
  type: T,
): Array<Extract<PlanExercise, { type: T }>> {
  return plan.exercises.filter((e): e is Extract<PlanExercise, { type: T }> => e.type === type);
}

/**
 * The section the summary quotes for a type: the first one ready, else the first one (absent when
 * the type is not on the agenda).
 */
export function leadSection<T extends PlannedType>(
  plan: Pick<ActionPlan, 'exercises'>,
  type: T,
): PlanSection<PlanDataOf<T>> {
  const all = sectionsOfType(plan, type);
  const chosen = all.find((e) => e.section.status === 'ready') ?? all[0];
  return (chosen?.section ?? { status: 'absent' }) as PlanSection<PlanDataOf<T>>;
}

/** One exercise's section of the plan: what its outcome and its PDF section show. */
export function sectionOf<T extends PlannedType>(
  plan: Pick<ActionPlan, 'exercises'>,
  exercise: { id: string; type: T },
): PlanSection<PlanDataOf<T>> {
  const found = plan.exercises.find((e) => e.exerciseId === exercise.id && e.type === exercise.type);
  return (found?.section ?? { status: 'absent' }) as PlanSection<PlanDataOf<T>>;
}
