import { describe, expect, it } from 'vitest';
import { kindOf } from '../activities/registry';
import { LANGUAGES, type Language } from '../languages';
import { activitiesOf } from './activities';
import { contentIn } from './content';
import { newWorkshop, workshopSchema } from '../workshop/schema';

describe('exercise templates per language', () => {
  it('a German workshop starts with German content that its schema accepts', () => {
    const workshop = newWorkshop('Kundentag', 1_790_000_000_000, 'de');
    expect(workshopSchema.safeParse(workshop).success).toBe(true);
    expect(workshop.language).toBe('de');
    const titles = workshop.agenda.map((e) => e.title);
    expect(titles).toContain('Kundenorientierung im Check');
    expect(titles).toContain('Belastungsreise der Kundschaft');
    const journey = workshop.agenda.find((e) => e.type === 'burden-journey');
    expect(journey?.type === 'burden-journey' && journey.stages.map((s) => s.name)).toEqual([
      'Entdecken',
      'Auswählen',
      'Kaufen',
      'Loslegen',
      'Nutzen',
      'Hilfe holen',
      'Verlängern',
    ]);
  });

  it('the wording the activities add follows the workshop language; typed text stays as typed', () => {
    const workshop = newWorkshop('Kundentag', 1_790_000_000_000, 'de');
    const check = workshop.agenda.find((e) => e.type === 'centricity-check')!;
    const [poll] = activitiesOf({ ...check, title: 'Our own title' }, workshop);
    expect(poll?.title).toBe('Our own title');
    expect(poll?.prompt).toBe('Wie sehr trifft jede Aussage heute auf uns zu?');
    expect(poll?.config).toMatchObject({ minLabel: 'Gar nicht', maxLabel: 'Voll und ganz' });
  });

  it('an English workshop, and one from before languages, read the English templates', () => {
    const english = newWorkshop('Customer day', 1_790_000_000_000);
    expect(english.language).toBeUndefined();
    expect(english.agenda[0]?.title).toBe('Centricity check');
  });
});

/** Strings, array lengths and functions, with the words left out: what every language must match. */
function shapeOf(value: unknown): unknown {
  if (typeof value === 'string') return value.length > 0 ? 'text' : 'empty';
  if (typeof value === 'function') return 'function';
  if (Array.isArray(value)) return value.map(shapeOf);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, shapeOf(v)]));
  return typeof value;
}

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/** Names the room's languages borrow from English as they are. */
const BORROWED = new Set(['IT', 'HR', 'Service', 'Marketing', 'Effort']);

/** How each language says 1, 2, 3, 5 and 11 dots. */
const DOTS: Record<Language, Record<1 | 2 | 3 | 5 | 11, string>> = {
  en: { 1: '1 dot', 2: '2 dots', 3: '3 dots', 5: '5 dots', 11: '11 dots' },
  de: { 1: '1 Punkt', 2: '2 Punkte', 3: '3 Punkte', 5: '5 Punkte', 11: '11 Punkte' },
  fr: { 1: '1 point', 2: '2 points', 3: '3 points', 5: '5 points', 11: '11 points' },
  es: { 1: '1 punto', 2: '2 puntos', 3: '3 puntos', 5: '5 puntos', 11: '11 puntos' },
  nl: { 1: '1 stip', 2: '2 stippen', 3: '3 stippen', 5: '5 stippen', 11: '11 stippen' },
  'pt-BR': { 1: '1 ponto', 2: '2 pontos', 3: '3 pontos', 5: '5 pontos', 11: '11 pontos' },
  // One and two are words, three to ten take the plural, eleven and up the singular.
  ar: { 1: 'نقطة واحدة', 2: 'نقطتان', 3: '3 نقاط', 5: '5 نقاط', 11: '11 نقطة' },
};

describe('every room language', () => {
  const english = contentIn('en');

  it.each(LANGUAGES)(
    '%s has every text English has, with as many questions, departments and stages',
    (language) => {
      expect(shapeOf(contentIn(language))).toEqual(shapeOf(english));
    },
  );

  it.each(LANGUAGES.filter((l) => l !== 'en'))(
    '%s is written in its own words, not left in English',
    (language) => {
      const englishTexts = new Set(stringsOf(english));
      const leftInEnglish = stringsOf(contentIn(language)).filter(
        (s) => englishTexts.has(s) && !BORROWED.has(s),
      );
      expect(leftInEnglish).toEqual([]);
      expect(contentIn(language).actionPlan.votesPrompt(3)).not.toBe(english.actionPlan.votesPrompt(3));
    },
  );

  it.each(LANGUAGES)('%s counts the priority dots in the right form', (language) => {
    const prompts = ([1, 2, 3, 5, 11] as const).map((dots) => {
      const prompt = contentIn(language).actionPlan.votesPrompt(dots);
      // A whole word: '1 points' does not pass for '1 point'.
      expect(prompt, `${dots} dots`).toMatch(new RegExp(`(^|\\s)${DOTS[language][dots]}(?!\\p{L})`, 'u'));
      return prompt;
    });
    expect(new Set(prompts).size).toBe(prompts.length);
  });

  it.each(LANGUAGES)('a new %s workshop is valid, and so is every activity it gives the room', (language) => {
    const workshop = newWorkshop('Workshop', 1_790_000_000_000, language);
    expect(workshopSchema.safeParse(workshop).error).toBeUndefined();
    expect(workshop.agenda[0]?.title).toBe(contentIn(language).centricity.title);
    for (const exercise of workshop.agenda) {
      if (exercise.type === 'push-pull') {
        exercise.allowProposals = true;
        exercise.cards = [{ id: 'c1', title: 'Loyalty points', description: '' }];
      }
      if (exercise.type === 'simplify')
        exercise.offerings = [{ id: 'o1', name: 'Premium bundle', description: '' }];
    }
    workshop.initiatives = [];
    for (const activity of workshop.agenda.flatMap((e) => activitiesOf(e, workshop))) {
      const parsed = kindOf(activity.kind)?.configSchema.safeParse(activity.config);
      expect(parsed?.error, activity.id).toBeUndefined();
      expect(activity.title.length, activity.id).toBeGreaterThan(0);
    }
  });
});
