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

type Place = 'lead' | 'before-initiatives' | 'after-initiatives';

/** What page 1 quotes: the first ready section of each type that has a summary, in registry order. */
export function summaryQuotes(
  plan: ActionPlan,
): Array<{ entry: PlanExercise; place: Place; replaces: boolean }> {
  const quotes = [];
  for (const type of Object.keys(PDF_SECTIONS) as PlannedType[]) {
    const summary = PDF_SECTIONS[type].summary;
    const entry = plan.exercises.find((e) => e.type === type && e.section.status === 'ready');
    if (summary && entry)
      quotes.push({ entry, place: summary.place, replaces: summary.replacesSection ?? false });
  }
  return quotes;
}

/** A quoted section's blocks on page 1, through its type's entry. */
export function summaryQuoteBlocks(pen: Pen, entry: PlanExercise, width: number): Block[] {
  const summary = PDF_SECTIONS[entry.type].summary as
    { blocks: (pen: Pen, data: unknown, width: number) => Block[] } | undefined;
  return summary && entry.section.status === 'ready' ? summary.blocks(pen, entry.section, width) : [];
}
