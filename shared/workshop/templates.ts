import type { Exercise } from '../exercises';
import { definitionOf } from '../exercises/registry';
import { contentIn } from '../exercises/content';
import { newId } from '../ids';
import type { Language } from '../languages';
import { todayIso, type Workshop } from './schema';

/** An exercise's content without what the room made of it, as its definition says. */
export function exerciseAsTemplate(exercise: Exercise): Exercise {
  return definitionOf(exercise.type).asTemplate(structuredClone(exercise));
}

/**
 * A copy to put on an agenda: its content only, under a fresh id, so its activities' ids are new
 * and no result of the original is taken for its own.
 */
export function copyExercise(exercise: Exercise, title = exercise.title): Exercise {
  return { ...exerciseAsTemplate(exercise), id: newId(), title: title.slice(0, 120) };
}

/** "Title (copy)" in the workshop's language (the room sees it), the title cut to fit the limit. */
export function copyTitle(title: string, language: Language | undefined, max = 120): string {
  const copyOf = contentIn(language).made.copyOf;
  const over = copyOf(title).length - max;
  return over > 0 ? copyOf(title.slice(0, Math.max(0, title.length - over))) : copyOf(title);
}

/**
 * A workshop as a template: its agenda's content, the day's timing and the language its content is
 * written in, without results, initiatives, date or who ran it for whom. A template saved before
 * templates kept their language has none, and reads as before.
 */
export function workshopAsTemplate(workshop: Workshop, now = Date.now()): Workshop {
  return {
    id: newId(),
    name: workshop.name,
    organisation: '',
    date: '',
    facilitator: '',
    ...(workshop.plannedStart ? { plannedStart: workshop.plannedStart } : {}),
    ...(workshop.language ? { language: workshop.language } : {}),
    createdAt: now,
    updatedAt: now,
    agenda: workshop.agenda.map(exerciseAsTemplate),
    initiatives: [],
    results: {},
  };
}

/**
 * A new workshop made from a template: its agenda with fresh exercise ids, named and dated anew, in
 * the template's language (the New workshop dialog offers it first; the facilitator may change it).
 */
export function workshopFromTemplate(
  template: Workshop,
  details: { name: string; organisation: string; date: string },
  now = Date.now(),
): Workshop {
  return {
    ...workshopAsTemplate(template, now),
    name: details.name.trim().slice(0, 120) || template.name,
    organisation: details.organisation.trim().slice(0, 120),
    date: details.date || todayIso(new Date(now)),
    agenda: template.agenda.map((e) => copyExercise(e)),
  };
}
