import type { Workshop } from '../workshop/schema';
import { definitionOf } from '../exercises/registry';
import type { PlanContext } from '../exercises/exerciseDefinition';
import { dateLabel } from './format';
import { roomVotes } from '../exercises/action-plan/votes';
import { planLanguage } from './language';
import { continuumMarkers, groupByBand, planInitiative } from './initiatives';
import { initiativeNumbers } from './numbering';
import { practiceParts } from './practice';
import { planQuickQuestions } from './quickQuestions';
import { participantCount } from './results';
import type { ActionPlan, CentricityHistoryEntry, Paper, PlanExercise } from './types';

export interface PlanOptions {
  paper: Paper;
  /** Centricity scores of earlier workshops of the same organisation, for the trend. */
  history?: readonly CentricityHistoryEntry[];
}

/** The action plan the team takes home, from the workshop as it stands. Pure. */
export function buildPlan(workshop: Workshop, options: PlanOptions): ActionPlan {
  const votes = roomVotes(workshop);
  const numbers = initiativeNumbers(workshop.initiatives);
  const initiatives = workshop.initiatives.map((i) =>
    planInitiative(workshop, i, votes, numbers.get(i.id) ?? 0),
  );
  const language = planLanguage(workshop);
  const { groups, unplaced } = groupByBand(initiatives, language);
  const plan: Omit<ActionPlan, 'practice'> = {
    paper: options.paper,
    title: {
      workshopName: workshop.name,
      organisation: workshop.organisation,
      date: workshop.date,
      dateLabel: dateLabel(workshop.date, language),
      facilitator: workshop.facilitator,
      participants: participantCount(workshop),
      initiativeCount: initiatives.length,
      language,
    },
    exercises: exerciseSections(workshop, { history: options.history ?? [] }),
    continuum: { markers: continuumMarkers(initiatives), unplacedCount: unplaced.length },
    groups,
    unplaced,
    quickQuestions: planQuickQuestions(workshop),
  };
  return { ...plan, practice: practiceParts(workshop, plan, votes, initiatives) };
}

/** Each exercise's section, built by its own definition, in agenda order. */
function exerciseSections(workshop: Workshop, context: PlanContext): PlanExercise[] {
  return workshop.agenda.flatMap((exercise) => {
    const plan = definitionOf(exercise.type).plan;
    if (!plan) return [];
    const section = plan.build(exercise, workshop, context);
    const practice = section.status === 'ready' && plan.fromPractice(exercise, workshop, section);
    return [{ exerciseId: exercise.id, type: exercise.type, practice, section } as PlanExercise];
  });
}
