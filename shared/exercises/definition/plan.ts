import { findResult } from '../../plan/results';
import type { PlanDefinition, PlanSection } from '../../plan/types';
import type { Workshop } from '../../workshop/schema';
import type { ExercisePlan } from '../exerciseDefinition';
import type { Definition } from './schema';

/** The team's definition; without one, the room's top statements as a draft. */
function buildDefinition(exercise: Definition, workshop: Workshop): PlanSection<PlanDefinition> {
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

export const definitionPlan: ExercisePlan<Definition, PlanDefinition> = {
  build: buildDefinition,
  // Only a draft is made of the room's statements; a definition the team wrote is its own.
  fromPractice: (exercise, workshop, section) =>
    section.draft && !!findResult(workshop, exercise.id, 'open-text')?.practice,
  practiceLabel: 'the draft definition',
  place: 'before-initiatives',
};
