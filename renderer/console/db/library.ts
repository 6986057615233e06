import { z } from 'zod';
import { exerciseSchema, type Exercise } from '../../../shared/exercises';
import { newId } from '../../../shared/ids';
import { copyExercise, workshopAsTemplate } from '../../../shared/workshop/templates';
import { workshopSchema, type Workshop } from '../../../shared/workshop/schema';
import type { OutsideInDatabase } from './database';

/** An exercise in the personal library: its content only, ready to insert into any workshop. */
export const savedExerciseSchema = z.object({
  id: z.string().min(1).max(64),
  savedAt: z.number().int().nonnegative(),
  exercise: exerciseSchema,
});
export type SavedExercise = z.infer<typeof savedExerciseSchema>;

/** A workshop saved as a template: its agenda's content and timing, without results. */
export const savedTemplateSchema = z.object({
  id: z.string().min(1).max(64),
  savedAt: z.number().int().nonnegative(),
  workshop: workshopSchema,
});
export type SavedTemplate = z.infer<typeof savedTemplateSchema>;

export class ExerciseLibrary {
  constructor(private readonly db: OutsideInDatabase) {}

  /** Newest first. */
  list(): Promise<SavedExercise[]> {
    return this.db.exercises.orderBy('savedAt').reverse().toArray();
  }

  /** Saves a copy of the exercise's content, apart from the workshop it came from. */
  async save(exercise: Exercise, now = Date.now()): Promise<SavedExercise> {
    const saved = savedExerciseSchema.parse({ id: newId(), savedAt: now, exercise: copyExercise(exercise) });
    await this.db.transaction('rw', this.db.exercises, () => this.db.exercises.put(saved));
    return saved;
  }

  put(saved: SavedExercise): Promise<string> {
    savedExerciseSchema.parse(saved);
    return this.db.transaction('rw', this.db.exercises, () => this.db.exercises.put(saved));
  }

  delete(id: string): Promise<void> {
    return this.db.transaction('rw', this.db.exercises, () => this.db.exercises.delete(id));
  }
}

export class TemplateStore {
  constructor(private readonly db: OutsideInDatabase) {}

  /** Newest first. */
  list(): Promise<SavedTemplate[]> {
    return this.db.templates.orderBy('savedAt').reverse().toArray();
  }

  async save(workshop: Workshop, now = Date.now()): Promise<SavedTemplate> {
    const saved = savedTemplateSchema.parse({
      id: newId(),
      savedAt: now,
      workshop: workshopAsTemplate(workshop, now),
    });
    await this.db.transaction('rw', this.db.templates, () => this.db.templates.put(saved));
    return saved;
  }

  delete(id: string): Promise<void> {
    return this.db.transaction('rw', this.db.templates, () => this.db.templates.delete(id));
  }
}
