import { findResult } from '../../plan/results';
import type { PlanDefinition, PlanSection } from '../../plan/types';
import type { Workshop } from '../../workshop/schema';
import { findExercise } from '../find';

/** The team's definition; without one, the room's top statements as a draft. */
export function buildDefinition(workshop: Workshop): PlanSection<PlanDefinition> {
  const exercise = findExercise(workshop, 'definition');
  if (!exercise) return { status: 'absent' };
  const { means, notMeans } = exercise.definition;
  if (means.trim() || notMeans.trim()) {
    return {
      status: 'ready',
      title: exercise.title,
      means: means.trim(),
      notMeans: notMeans.trim(),
      draft: false,
    };
  }
  const statements = findResult(workshop, exercise.id, 'open-text');
  const lists = statements?.tally.lists ?? [];
  // List ids as the definition activity names them; by order for older results.
  const top = (id: string, index: number) =>
    ((lists.find((l) => l.id === id) ?? lists[index])?.statements ?? [])
      .slice(0, 3)
      .map((s) => s.text.trim())
      .filter(Boolean)
      .join('\n');
  const draft = { means: top('means', 0), notMeans: top('not-means', 1) };
  if (!draft.means && !draft.notMeans) return { status: 'not-run', title: exercise.title };
  return { status: 'ready', title: exercise.title, ...draft, draft: true };
}

/** The room's statements the draft definition is made of include practice answers. */
export function definitionFromPractice(workshop: Workshop): boolean {
  const exercise = findExercise(workshop, 'definition');
  return !!exercise && !!findResult(workshop, exercise.id, 'open-text')?.practice;
}
