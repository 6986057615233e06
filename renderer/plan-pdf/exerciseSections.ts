import type { PlanDataOf, PlannedType } from '../../shared/exercises/registry';
import type { ActionPlan, PlanExercise } from '../../shared/plan/types';
import { journeyPdf } from '../exercises/burden-journey/pdf';
import { centricityPdf } from '../exercises/centricity-check/pdf';
import { definitionPdf } from '../exercises/definition/pdf';
import { pushPullPdf } from '../exercises/push-pull/pdf';
import { ownPdf } from '../exercises/own/pdf';
import { simplificationPdf } from '../exercises/simplify/pdf';
import type { Block } from './blocks';
import type { Pen } from './pen';
import type { PdfGroup, PdfSection } from './sectionParts';

/** How the PDF draws each exercise type's plan section: typed over every type with a section. */
export const PDF_SECTIONS: { [T in PlannedType]: PdfSection<PlanDataOf<T>> } = {
  'centricity-check': centricityPdf,
  definition: definitionPdf,
  'burden-journey': journeyPdf,
  'push-pull': pushPullPdf,
  simplify: simplificationPdf,
  own: ownPdf,
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
