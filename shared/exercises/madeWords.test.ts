import { describe, expect, it } from 'vitest';
import { BURDENS } from '../burdens';
import { LANGUAGES } from '../languages';
import { blankInitiative, initiativeCandidates } from '../plan/candidates';
import { duplicateWorkshop, findExercise, newWorkshop, type Workshop } from '../workshop/schema';
import { activitiesOf } from './activities';
import { tallyJourneyHeatmap, type JourneyHeatmapConfig } from '../activities/journeyHeatmap';
import { addJourneyInitiative } from './burden-journey/initiatives';
import { contentIn } from './content';
import { newOwn, newOwnActivity } from './own/schema';
import { quickQuestion } from './quickQuestion';
import { initiativeRound } from './sessionRounds';
import { addDecisionInitiative, decideOffering } from './simplify/board';
import type { Simplify } from './simplify/schema';

/*
 * What the app writes into a workshop by itself follows the workshop's language: a German room
 * sees German titles on its phones, its projector and in its plan. Names the facilitator typed
 * (offerings, stages) stay as typed.
 */

function germanSimplify(): { workshop: Workshop; exercise: Simplify } {
  const workshop = newWorkshop('Kundentag', 0, 'de');
  const simplify = findExercise(workshop, 'simplify')!;
  const exercise: Simplify = {
    ...simplify,
    offerings: [
      { id: 'o1', name: 'Faxanschluss', description: '' },
      { id: 'o2', name: 'Papierrechnung', description: '' },
    ],
  };
  const decided = decideOffering(workshop, exercise, null, 'o1', { to: 'retire' });
  const both = decideOffering(workshop, decided, null, 'o2', { to: 'simplify' });
  return {
    workshop: { ...workshop, agenda: workshop.agenda.map((e) => (e.id === both.id ? both : e)) },
    exercise: both,
  };
}

describe('a German workshop’s made words', () => {
  it('names a Retire decision’s initiative in German, the offering as typed', () => {
    const { workshop, exercise } = germanSimplify();
    const added = addDecisionInitiative(workshop, exercise.id, null, 'o1');
    expect(added.initiatives.map((i) => i.title)).toEqual(['Faxanschluss einstellen']);
  });

  it('offers the board’s decisions to the plan under German titles', () => {
    const { workshop } = germanSimplify();
    const titles = initiativeCandidates(workshop)
      .filter((c) => c.origin === 'simplify')
      .map((c) => c.title);
    expect(titles).toEqual(['Faxanschluss einstellen', 'Papierrechnung vereinfachen']);
  });

  it('makes a journey hot spot a German initiative, its mean written the German way', () => {
    const workshop = newWorkshop('Kundentag', 0, 'de');
    const exercise = findExercise(workshop, 'burden-journey')!;
    const help = exercise.stages.find((s) => s.name === 'Hilfe holen')!;
    const added = addJourneyInitiative(workshop, exercise, help.id, 'worry', { mean: 2.5, count: 2 });
    if (added.status !== 'added') throw new Error(added.status);
    expect(added.initiative.title).toBe('Sorgen der Kundschaft bei „Hilfe holen“ verringern');
    expect(added.initiative.description).toBe(
      'Der Raum hat die Sorgen der Kundschaft bei „Hilfe holen“ mit 2,5 von 3 bewertet (2 Bewertungen).',
    );
  });

  it('offers the journey’s hot spots to the plan under the same German titles', () => {
    const workshop = newWorkshop('Kundentag', 0, 'de');
    const exercise = findExercise(workshop, 'burden-journey')!;
    const [spec] = activitiesOf(exercise, workshop);
    const help = exercise.stages.find((s) => s.name === 'Hilfe holen')!;
    const tally = tallyJourneyHeatmap(spec!.config as JourneyHeatmapConfig, [
      { participantId: 'p1', itemId: help.id, value: { time: 0, worry: 3, effort: 0, money: 0 }, at: 1 },
    ]);
    workshop.results[spec!.id] = {
      activityId: spec!.id,
      kind: 'journey-heatmap',
      closedAt: 1,
      participants: 1,
      answered: 1,
      tally,
    };
    const offered = initiativeCandidates(workshop).filter((c) => c.origin === 'burden-journey');
    expect(offered.map((c) => c.title)).toEqual(['Sorgen der Kundschaft bei „Hilfe holen“ verringern']);
  });

  it('gives a new own exercise and its questions German defaults', () => {
    expect(newOwn('de').title).toBe('Meine Übung');
    const scale = newOwnActivity('scale', 'de');
    expect(scale).toMatchObject({ title: 'Wie sehr stimmen Sie zu?', minLabel: 'Gar nicht' });
    const sort = newOwnActivity('sort', 'de');
    expect(sort.kind === 'sort' && sort.categories.map((c) => c.label)).toEqual(['Beibehalten', 'Ändern']);
    expect(newOwnActivity('rating', 'de')).toMatchObject({ xLabel: 'Wert', yLabel: 'Aufwand' });
  });

  it('says a further vote’s round, a quick scale’s ends, a copy and a nameless workshop in German', () => {
    const workshop = newWorkshop('Kundentag', 0, 'de');
    const plan = findExercise(workshop, 'action-plan')!;
    const initiatives = [blankInitiative('Faxanschluss einstellen')];
    const [placement] = initiativeRound(
      { ...workshop, initiatives },
      plan,
      initiatives,
      ['placement'],
      new Set(),
    );
    expect(placement!.title).toBe(`${plan.title} (Runde 2)`);
    const quick = quickQuestion('scale', 'Treffen wir uns wieder?', [], 'quick:q1', 'de');
    expect(quick.ok && quick.spec.config).toMatchObject({ minLabel: 'Gar nicht', maxLabel: 'Voll und ganz' });
    expect(duplicateWorkshop(workshop).name).toBe('Kundentag (Kopie)');
    expect(newWorkshop(' ', 0, 'de').name).toBe('Workshop ohne Namen');
  });
});

describe('every room language', () => {
  const english = contentIn('en');
  const samples = (language: (typeof LANGUAGES)[number]) => {
    const { made, own } = contentIn(language);
    return [
      made.untitledWorkshop,
      made.copyOf('X'),
      made.newInitiative,
      made.simplifyOffering('X'),
      made.retireOffering('X'),
      ...BURDENS.map((b) => made.cutBurden(b, 'S')),
      ...BURDENS.map((b) => made.burdenRated(b, 'S', '2.5', 2)),
      made.round('T', 2),
      own.title,
      own.scaleTitle,
      own.sortTitle,
      ...own.sortCategories,
    ];
  };

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s words what the app makes, not English', (language) => {
    const inEnglish = new Set(samples('en'));
    expect(samples(language).filter((s) => inEnglish.has(s))).toEqual([]);
  });

  it.each(LANGUAGES)('%s keeps the facilitator’s names and the figures in what it makes', (language) => {
    const { made } = contentIn(language);
    expect(made.retireOffering('Faxanschluss')).toContain('Faxanschluss');
    for (const burden of BURDENS) {
      expect(made.cutBurden(burden, 'Kasse')).toContain('Kasse');
      expect(made.burdenRated(burden, 'Kasse', '2.5', 7)).toMatch(/Kasse.*2\.5.*7/s);
    }
    expect(made.round('Abstimmung', 3)).toMatch(/^Abstimmung.*3/);
    // Each burden has its own words: no two titles of one stage read alike.
    expect(new Set(BURDENS.map((b) => made.cutBurden(b, 'Kasse'))).size).toBe(BURDENS.length);
  });

  it('English reads as before', () => {
    expect(english.made.cutBurden('worry', 'Get help')).toBe('Cut the worry at “Get help”');
    expect(english.made.retireOffering('Fax line')).toBe('Retire Fax line');
  });
});
