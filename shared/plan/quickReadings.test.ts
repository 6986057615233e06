import { describe, expect, it } from 'vitest';
import { planWorkshop } from '../../test/fixtures/planWorkshop';
import { ACTIVITY_KIND_IDS, kindOf, type ActivityKindId } from '../activities/registry';
import { seededRandom } from '../activities/simulation';
import { QUICK_EXERCISE_ID } from '../exercises/quickQuestion';
import type { ClosedAnswer } from '../protocol/closedAnswers';
import type { Workshop } from '../workshop/schema';
import { buildPlan } from './buildPlan';
import { en } from './words/en';

const opts = (...labels: string[]) => labels.map((label, i) => ({ id: `o${i + 1}`, label }));

/** One question of every kind, as a German facilitator might type it (their own words). */
const ASKED: Record<ActivityKindId, { title: string; config: unknown }> = {
  'scale-poll': {
    title: 'Wie bereit sind wir?',
    config: { items: [{ id: 'q', label: 'Wie bereit sind wir?' }], min: 1, max: 5 },
  },
  'multiple-choice': { title: 'Wer führt?', config: { options: opts('Vertrieb', 'Service'), multi: false } },
  'open-text': {
    title: 'Was hat Sie überrascht?',
    config: { lists: [{ id: 'a', label: 'Überraschungen' }], maxLength: 140, maxPerParticipant: 2 },
  },
  'dot-voting': { title: 'Was zuerst?', config: { options: opts('Rückrufe', 'Rechnungen'), dots: 3 } },
  'card-classification': {
    title: 'Drücken oder ziehen?',
    config: {
      cards: [
        { id: 'c1', title: 'Neue App' },
        { id: 'c2', title: 'Rückrufservice' },
      ],
      categories: [
        { id: 'push', label: 'Druck' },
        { id: 'pull', label: 'Sog' },
      ],
      decisive: ['push', 'pull'],
      contestedThreshold: 60,
    },
  },
  'two-axis-rating': {
    title: 'Angebote bewerten',
    config: {
      items: [{ id: 'i1', label: 'Tarif Plus' }],
      axes: { x: { label: 'Nutzen', min: 1, max: 5 }, y: { label: 'Aufwand', min: 1, max: 5 } },
      basicsQuestion: true,
    },
  },
  'journey-heatmap': {
    title: 'Wo drückt es?',
    config: {
      stages: [
        { id: 's1', label: 'Bestellen' },
        { id: 's2', label: 'Bezahlen' },
      ],
      burdens: ['time', 'worry', 'effort', 'money'],
      max: 3,
    },
  },
  'continuum-placement': {
    title: 'Wo stehen diese?',
    config: { items: [{ id: 'i1', label: 'Schulungen' }] },
  },
};

/** The workshop in German with each question asked on the spot and answered by simulated people. */
function germanWithEveryKind(participants = 6): Workshop {
  const workshop = { ...planWorkshop({ initiatives: 3 }), language: 'de' as const };
  const results = { ...workshop.results };
  ACTIVITY_KIND_IDS.forEach((kind, k) => {
    const activity = kindOf(kind);
    const config = activity.configSchema.parse(ASKED[kind].config);
    const random = seededRandom(11 + k);
    const answers: ClosedAnswer[] = [];
    for (let p = 0; p < participants; p++)
      for (const a of activity.simulate(config as never, {
        participant: p,
        random,
        lean: () => 0.7,
        mood: 0,
      }))
        answers.push({ participant: p + 1, item: a.itemId, value: a.value as never, at: 1000 + p });
    const tally = activity.tally(
      config as never,
      answers.map((a) => ({
        participantId: String(a.participant),
        itemId: a.item,
        value: a.value,
        at: a.at,
      })) as never,
    );
    const id = `${QUICK_EXERCISE_ID}:k${k}`;
    results[id] = {
      activityId: id,
      kind,
      closedAt: 2_000_000 + k,
      participants,
      answered: new Set(answers.map((a) => a.participant)).size,
      tally,
      answers,
      asked: { id, exerciseId: QUICK_EXERCISE_ID, kind, title: ASKED[kind].title, prompt: '', config },
    };
  });
  return { ...workshop, results };
}

/** Every fixed English string of the plan's readings, burdens and bands (the words a reader sees). */
function englishWords(): string[] {
  const fixed = Object.values(en.reading).filter((v): v is string => typeof v === 'string');
  const made = [
    en.reading.leading(''),
    en.reading.basics(0, 0, 0).split(':')[0]!,
    en.reading.placement('', '', '', '').split(' ')[0]!,
    'middle half',
    'standard deviation',
    'Quadrant',
    'rated 0',
    'upvote',
    'pick',
  ];
  return [
    ...fixed,
    ...made,
    ...Object.values(en.burdens),
    ...Object.values(en.bands),
    ...Object.values(en.kinds),
  ];
}

describe('a German plan with a question of every kind asked on the spot', () => {
  const plan = buildPlan(germanWithEveryKind(), { paper: 'A4' });
  const byKind = (kind: ActivityKindId) => plan.quickQuestions.find((q) => q.kind === kind)!;
  const text = (kind: ActivityKindId) => {
    const q = byKind(kind);
    return [q.kindLabel, q.order, ...q.rows.flatMap((r) => [r.item, r.answers, r.result])].join('\n');
  };

  it('reads every kind (none is left to the results export)', () => {
    expect(plan.quickQuestions.map((q) => q.kind)).toEqual(ACTIVITY_KIND_IDS);
    for (const q of plan.quickQuestions) {
      expect(q.readable).toBe(true);
      expect(q.rows.length).toBeGreaterThan(0);
    }
  });

  it('words each reading in German', () => {
    expect(text('card-classification')).toContain('Karten in der Reihenfolge des Stapels');
    expect(byKind('card-classification').rows.map((r) => r.item)).toEqual(['Neue App', 'Rückrufservice']);
    expect(byKind('card-classification').rows[0]!.result).toMatch(/^Druck:\u00a0\d+ · Sog:\u00a0\d+/);
    expect(byKind('card-classification').rows[0]!.answers).toMatch(/^\d+ von 6$/);

    const rating = byKind('two-axis-rating').rows;
    expect(rating).toHaveLength(1);
    expect(rating[0]!.result).toMatch(
      /^Nutzen:\u00a0\d,\d · Aufwand:\u00a0\d,\d · erfüllt die Grundlagen: \d+ ja, \d+ nein/,
    );

    const heat = byKind('journey-heatmap');
    expect(heat.order).toBe(
      'Stationen in der Reihenfolge der Reise; mittlere Belastung von 0 (keine) bis 3 (sehr hoch).',
    );
    expect(heat.rows.map((r) => r.item)).toEqual(['Bestellen', 'Bezahlen']);
    expect(heat.rows[0]!.result).toMatch(
      /^Zeit:\u00a0\d,\d · Sorge:\u00a0\d,\d · Mühe:\u00a0\d,\d · Geld:\u00a0\d,\d$/,
    );

    const placed = byKind('continuum-placement').rows[0]!;
    expect(placed.result).toMatch(
      /^Median \d+ · mittlere Hälfte \d+–\d+ · (Symbolisch|Prozesse & Regeln|Substanziell)$/,
    );
  });

  it('prints no English word of the readings', () => {
    const all = ACTIVITY_KIND_IDS.map(text).join('\n');
    const found = englishWords().filter((word) => word.trim() && all.includes(word.trim()));
    expect(found).toEqual([]);
  });
});
