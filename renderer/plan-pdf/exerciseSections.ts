import type { PlanDataOf, PlannedType } from '../../shared/exercises/registry';
import type { ActionPlan, PlanExercise } from '../../shared/plan/types';
import type { Block } from './blocks';
import { centricityBlocks, definitionBlocks } from './contextSections';
import { pushPullBlocks, simplificationBlocks } from './decisionSections';
import { journeyBlocks } from './journeySection';
import type { Pen } from './pen';
import { ownExerciseBlocks } from './quickQuestionsSection';

/**
 * Where an exercise's sections print: with where the room stands, each on a page of its own under
 * "Customer-burden journey", with the day's decisions, or each on a page of its own under its
 * title (the facilitator's own exercises). Agenda order within each.
 */
export type PdfGroup = 'stand' | 'journey' | 'decisions' | 'titled';

interface PdfSection<T extends PlannedType> {
  group: PdfGroup;
  /** A ready section's blocks, its heading first; `first` when it opens its group's page. */
  blocks: (pen: Pen, data: PlanDataOf<T>, width: number, first: boolean) => Block[];
}

/** How the PDF draws each exercise type's plan section: typed over every type with a section. */
export const PDF_SECTIONS: { [T in PlannedType]: PdfSection<T> } = {
  'centricity-check': { group: 'stand', blocks: centricityBlocks },
  definition: {
    group: 'stand',
    blocks: (pen, data, width, first) => definitionBlocks(pen, data, width, first),
  },
  'burden-journey': { group: 'journey', blocks: (pen, data, width) => journeyBlocks(pen, data, width) },
  'push-pull': { group: 'decisions', blocks: pushPullBlocks },
  simplify: { group: 'decisions', blocks: simplificationBlocks },
  own: { group: 'titled', blocks: (pen, data, width) => ownExerciseBlocks(pen, data, width) },
};

/** The sections of one group, in agenda order. */
export function sectionsIn(plan: ActionPlan, group: PdfGroup): PlanExercise[] {
  return plan.exercises.filter((e) => PDF_SECTIONS[e.type].group === group);
}

/** A ready section's blocks through its type's entry. */
export function readyBlocks(pen: Pen, entry: PlanExercise, width: number, first: boolean): Block[] {
  if (entry.section.status !== 'ready') return [];
  const draw = PDF_SECTIONS[entry.type].blocks as (
    pen: Pen,
    data: unknown,
    width: number,
    first: boolean,
  ) => Block[];
  return draw(pen, entry.section, width, first);
}
