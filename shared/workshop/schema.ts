import { z } from 'zod';
import { exerciseSchema } from '../exercises';
import { EXERCISE_TEMPLATES } from '../exercises';
import { newId } from '../ids';
import { languageSchema, type Language } from '../languages';
import { contentIn } from '../exercises/content';
import { isoDate, initiativeSchema } from './initiative';
import { plannedStartSchema } from './schedule';
import { activityResultSchema } from './results';

export const workshopSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(120),
  /** Workshops of the same organisation are compared over time (centricity check history). */
  organisation: z.string().max(120),
  date: isoDate,
  facilitator: z.string().max(120),
  /** When the day starts, local "HH:MM" on `date`; the agenda's times follow from it. Optional: older files have none. */
  plannedStart: plannedStartSchema.optional(),
  /** What phones and the projector speak, and the language of new exercise content. Optional: older files are English. */
  language: z.optional(languageSchema),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  agenda: z.array(exerciseSchema).max(50),
  initiatives: z.array(initiativeSchema).max(300),
  /** Results of closed activities, keyed by activity id. */
  results: z.record(z.string(), activityResultSchema),
});
export type Workshop = z.infer<typeof workshopSchema>;

export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A new workshop with the full default agenda, ready to tailor. */
export function newWorkshop(name: string, now = Date.now(), language: Language = 'en'): Workshop {
  return {
    id: newId(),
    name: name.trim() || contentIn(language).made.untitledWorkshop,
    organisation: '',
    date: todayIso(new Date(now)),
    facilitator: '',
    ...(language === 'en' ? {} : { language }),
    createdAt: now,
    updatedAt: now,
    agenda: EXERCISE_TEMPLATES.filter((t) => t.onNewAgenda).map((t) => t.create(language)),
    initiatives: [],
    results: {},
  };
}

/** A copy with fresh ids for the workshop, so both can live in one library; "(copy)" in its language. */
export function duplicateWorkshop(source: Workshop, now = Date.now()): Workshop {
  return {
    ...structuredClone(source),
    id: newId(),
    name: contentIn(source.language).made.copyOf(source.name).slice(0, 120),
    createdAt: now,
    updatedAt: now,
  };
}

export { findExercise } from '../exercises/find';
