import type { PlanOwnExercise } from '../../../shared/exercises/own/plan';
import { ownExerciseBlocks } from '../../plan-pdf/quickQuestionsSection';
import type { PdfSection } from '../../plan-pdf/sectionParts';

/** Each own exercise prints on a page of its own under its title, its questions read as quick questions are. */
export const ownPdf: PdfSection<PlanOwnExercise> = {
  group: 'titled',
  blocks: (pen, data, width) => ownExerciseBlocks(pen, data, width),
};
