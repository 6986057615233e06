import { z } from 'zod';
import { burdenSchema } from '../../burdens';
import { PLAN_WORDS } from '../../plan/words';
import type { SourcePart } from '../exerciseDefinition';
import { idSchema } from '../common';

/** An initiative made from a hot spot of the journey: one burden at one step. Stored with the initiative. */
export const journeySourceSchema = z.object({
  type: z.literal('journey'),
  exerciseId: idSchema,
  stageId: idSchema,
  burden: burdenSchema,
});
export type JourneySource = z.infer<typeof journeySourceSchema>;

export const journeySource: SourcePart<JourneySource> = {
  type: 'journey',
  key: (source) => `${source.exerciseId}:${source.stageId}:${source.burden}`,
  describe(source, workshop, words) {
    const exercise = workshop.agenda.find((e) => e.id === source.exerciseId);
    const stage =
      exercise?.type === 'burden-journey' ? exercise.stages.find((s) => s.id === source.stageId) : undefined;
    const name = words.burdens[source.burden];
    // German capitalises its nouns.
    const burden = words === PLAN_WORDS.de ? name : name.toLowerCase();
    return words.journeyHotSpot(burden, stage?.name ?? null);
  },
};
