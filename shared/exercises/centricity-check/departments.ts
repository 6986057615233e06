import type { Workshop } from '../../workshop/schema';
import { departmentOptionIds } from './options';
import type { CentricityCheck } from './schema';
import { exerciseResult } from './history';

export interface DepartmentContactRow {
  /** The option id phones answered with: a slug of the name, the same across workshops. */
  id: string;
  name: string;
  /** Participants who said this department has regular, direct contact with customers. */
  count: number;
  /** count / respondents, 0..1. */
  share: number;
}

export interface DepartmentContactMap {
  /** In the exercise's order; departments answered but since removed come last. */
  rows: DepartmentContactRow[];
  respondents: number;
}

/** Which departments the room says meet customers; null when the question has not been run. */
export function departmentContactMap(workshop: Workshop, exerciseId: string): DepartmentContactMap | null {
  const check = workshop.agenda.find(
    (e): e is CentricityCheck => e.id === exerciseId && e.type === 'centricity-check',
  );
  const found = exerciseResult(workshop, exerciseId, 'multiple-choice');
  if (!check || !found) return null;
  const ids = departmentOptionIds(check.departments);
  const byId = new Map(found.tally.options.map((o) => [o.id, o]));
  const rows: DepartmentContactRow[] = check.departments.map((name, i) => {
    const option = byId.get(ids[i]!);
    byId.delete(ids[i]!);
    return { id: ids[i]!, name, count: option?.count ?? 0, share: option?.share ?? 0 };
  });
  for (const option of byId.values()) {
    rows.push({ id: option.id, name: option.id, count: option.count, share: option.share });
  }
  return { rows, respondents: found.tally.respondents };
}
