import { describe, expect, it } from 'vitest';
import { activitiesOf } from './activities';
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
