import { z } from 'zod';
import { actionPlanSchema, newActionPlan } from './actionPlan';
import { burdenJourneySchema, newBurdenJourney } from './burdenJourney';
import { centricityCheckSchema, newCentricityCheck } from './centricityCheck';
import { definitionSchema, newDefinition } from './definition';
import { newPushPull, pushPullSchema } from './pushPull';
import { newSimplify, simplifySchema } from './simplify';

export const exerciseSchema = z.discriminatedUnion('type', [
  centricityCheckSchema,
  definitionSchema,
  burdenJourneySchema,
  pushPullSchema,
  simplifySchema,
  actionPlanSchema,
]);
export type Exercise = z.infer<typeof exerciseSchema>;
export type ExerciseType = Exercise['type'];
export type ExerciseOf<T extends ExerciseType> = Extract<Exercise, { type: T }>;

export interface ExerciseTemplate {
  type: ExerciseType;
  name: string;
  summary: string;
  create: () => Exercise;
}

/** The exercise templates in their usual order on a workshop day. */
export const EXERCISE_TEMPLATES: readonly ExerciseTemplate[] = [
  {
    type: 'centricity-check',
    name: 'Centricity check',
    summary: 'Rate the four tough questions and map which departments meet customers.',
    create: newCentricityCheck,
  },
  {
    type: 'definition',
    name: 'Definition',
    summary: 'Write what customer-centric means for us — and what it does not mean.',
    create: newDefinition,
  },
  {
    type: 'burden-journey',
    name: 'Burden journey',
    summary: 'Rate the time, worry, effort and money each step costs the customer.',
    create: newBurdenJourney,
  },
  {
    type: 'push-pull',
    name: 'Push or pull card sort',
    summary: 'Sort products, features and projects: pushed by us, or pulled by customers?',
    create: newPushPull,
  },
  {
    type: 'simplify',
    name: 'Offering simplification',
    summary: 'Rate offerings on value and burden: keep, simplify, retire or question.',
    create: newSimplify,
  },
  {
    type: 'action-plan',
    name: 'Continuum action plan',
    summary: 'Place every initiative on the line from symbolic to substantive; vote priorities.',
    create: newActionPlan,
  },
];

export function templateOf(type: ExerciseType): ExerciseTemplate {
  const template = EXERCISE_TEMPLATES.find((t) => t.type === type);
  if (!template) throw new Error(`No exercise template for "${type}"`);
  return template;
}
