import { z } from 'zod';
import { sectionData, sectionOf } from '../../plan/sectionData';
import type { ActionPlan } from '../../plan/types';
import { outcomeCount as count, outcomeId as id, outcomeText as text } from '../outcomeFields';

/** The answers to each question, as the plan prints them. */
export const ownOutcomeSchema = z.object({
  prompt: text(1000),
  questions: z
    .array(
      z.object({
        id,
        title: text(200),
        /** The activity kind's id, for the projector to name it in the room's language. */
        kind: z.string().max(40).optional(),
        kindLabel: text(60),
        answered: count,
        participants: count,
        order: text(200),
        rows: z.array(z.object({ item: text(600), answers: text(100), result: text(600) })).max(50),
        more: count,
      }),
    )
    .max(20),
});

export const ownOutcome = {
  schema: ownOutcomeSchema,
  of: (plan: ActionPlan, exercise: { id: string; type: 'own' }) => {
    const data = sectionData(sectionOf(plan, exercise));
    if (!data) return null;
    return {
      prompt: data.prompt.slice(0, 1000),
      questions: data.questions.map((q) => ({
        id: q.id,
        title: q.title.slice(0, 200),
        kind: q.kind.slice(0, 40),
        kindLabel: q.kindLabel.slice(0, 60),
        answered: q.answered,
        participants: q.participants,
        order: q.order.slice(0, 200),
        rows: q.rows.map((r) => ({
          item: r.item.slice(0, 600),
          answers: r.answers.slice(0, 100),
          result: r.result.slice(0, 600),
        })),
        more: q.more,
      })),
    };
  },
};
