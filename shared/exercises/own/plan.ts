import { activityResult } from '../../results/build';
import { planLanguage } from '../../plan/language';
import { planQuestion } from '../../plan/quickQuestions';
import type { PlanQuickQuestion, PlanSection } from '../../plan/types';
import type { Workshop } from '../../workshop/schema';
import type { ExercisePlan } from '../exerciseDefinition';
import { ownActivities } from './activities';
import type { Own } from './schema';

/** What the plan takes from an own exercise: its prompt and each question's answers. */
export interface PlanOwnExercise {
  prompt: string;
  /** In the exercise's order, only those answered; the rows and figures of the results export. */
  questions: PlanQuickQuestion[];
}

function buildOwn(exercise: Own, workshop: Workshop): PlanSection<PlanOwnExercise> {
  const language = planLanguage(workshop);
  const questions = ownActivities(exercise).flatMap((spec) => {
    const found = activityResult(workshop, spec);
    return found ? [planQuestion(found, language)] : [];
  });
  if (questions.length === 0) return { status: 'not-run', title: exercise.title };
  return { status: 'ready', title: exercise.title, prompt: exercise.prompt.trim(), questions };
}

export const ownPlan: ExercisePlan<Own, PlanOwnExercise> = {
  build: buildOwn,
  fromPractice: (_exercise, _workshop, section) => section.questions.some((q) => q.practice),
  practiceLabel: 'the answers to your own exercises',
  place: 'after-initiatives',
};
