// Writes the sample workshops in resources/samples (shared/workshop/samples.ts lists them): the one a
// new facilitator opens from the empty library, in each language written so far. Run with
// `npx tsx scripts/make-sample.ts` after changing their content; `npx tsx scripts/make-sample.ts <dir>`
// writes them elsewhere (the test compares those with the tracked ones).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { latestAnswers } from '../shared/activities/answers';
import { checkAnswer } from '../shared/activities/check';
import type { StoredAnswer } from '../shared/activities/kind';
import type { OpenTextResult } from '../shared/activities/openText';
import { kindOf } from '../shared/activities/registry';
import {
  seededRandom,
  simulateAnswers,
  simulateUpvotes,
  type RoomLean,
  type SimulatedAnswer,
} from '../shared/activities/simulate';
import type { ActivitySpec } from '../shared/exercises/common';
import { activitiesOf } from '../shared/exercises/activities';
import { placeCard } from '../shared/exercises/push-pull/board';
import { decideOffering } from '../shared/exercises/simplify/board';
import type { CardClassificationResult } from '../shared/activities/cardClassification';
import type { TwoAxisRatingResult } from '../shared/activities/twoAxisRating';
import type { ActivityResult } from '../shared/workshop/results';
import { newActionPlan } from '../shared/exercises/action-plan/schema';
import { newBurdenJourney } from '../shared/exercises/burden-journey/schema';
import { newCentricityCheck } from '../shared/exercises/centricity-check/schema';
import { newDefinition } from '../shared/exercises/definition/schema';
import { newPushPull } from '../shared/exercises/push-pull/schema';
import { newSimplify } from '../shared/exercises/simplify/schema';
import type { Initiative } from '../shared/workshop/initiative';
import { SAMPLES, type SampleLanguage } from '../shared/workshop/samples';
import { writeWorkshopFile } from '../shared/workshop/file';
import { workshopSchema, type Workshop } from '../shared/workshop/schema';
import { de } from './sample/de';
import { en } from './sample/en';
import type { SampleWords } from './sample/words';

const SAMPLE_WORDS: Record<SampleLanguage, SampleWords> = { en, de };

// A room of 14 people answering, simulated with a seeded generator so each file is the same every run.
const PARTICIPANTS = 14;
const SEED = 20261102;
const created = Date.UTC(2026, 10, 2, 9);

// Where the room leans on each item (0–1, see RoomLean), so the sample tells a story: the same one in
// every language, item by item in the order of the words.
const questionLean = [2.2, 1.8, 2.6, 3.1].map((centre) => (centre - 1) / 4);
const departmentChance = [0.2, 0.1, 0.15, 0.35, 1, 0.95, 0.5, 0.6];
const stageHeaviness = [1, 2, 1.2, 2.4, 1, 2.7, 1.6];
// Share of the room that sees each card (in order) as pushed by us.
const cardLean = [0.9, 0.15, 0.8, 0.1, 0.75, 0.3, 0.55, 0.85, 0.2, 0.5];
const offeringValue = [4.2, 2.4, 3.9, 3.6, 3.8, 2.2, 4, 3.4, 3.6, 1.8, 3.9, 1.6];
const offeringBurden = [1.8, 3.2, 2.1, 2.4, 2.3, 3.6, 1.7, 2.2, 4.1, 3.4, 2.9, 3.9];
// How much the room likes each statement when upvoting: the "means" list, then "does not mean".
const statementAppeal = [0.9, 0.7, 0.6, 0.4, 0.3, 0.8, 0.5, 0.85, 0.6, 0.25, 0.2, 0.45];
/** The card the room leaves undecided and the facilitator moves to Pull: the chat assistant. */
const TALKED_THROUGH_CARD = 9;
/** The offering the room says misses the basics: device insurance. */
const MISSES_BASICS = 8;
/** Each initiative's place, due date, burdens and priority; its words are the language's. */
const initiativeFacts: Array<Pick<Initiative, 'position' | 'burdens' | 'priority'> & { dueDate?: string }> = [
  { position: 72, dueDate: '2027-03-31', burdens: ['worry'], priority: 9 },
  { position: 55, dueDate: '2027-06-30', burdens: ['time', 'effort', 'worry'], priority: 7 },
  { position: 12, dueDate: '2027-01-31', burdens: [], priority: 1 },
  { position: 48, dueDate: '2027-02-28', burdens: ['time', 'effort'], priority: 6 },
  { position: 85, dueDate: '2027-04-30', burdens: ['worry', 'effort'], priority: 5 },
  { position: 40, burdens: ['time', 'effort', 'worry'], priority: 4 },
];
const UNFILLED_INITIATIVE: Omit<Initiative, 'id' | 'title'> = {
  description: '',
  position: null,
  owner: '',
  nextStep: '',
  dueDate: '',
  customerMetric: '',
  burdens: [],
  priority: 0,
  source: { type: 'manual' },
};
const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/** The sample workshop in one language: its template wording from the exercise content, its own words from `words`. */
function buildSample(language: SampleLanguage): Workshop {
  const words = SAMPLE_WORDS[language];
  let counter = 0;
  const id = (prefix: string) => `${prefix}${String(++counter).padStart(3, '0')}`;

  const check = { ...newCentricityCheck(language), id: 'ex-check' };
  check.questions = check.questions.map((q) => ({ ...q, id: id('q') }));
  const definition = { ...newDefinition(language), id: 'ex-definition', definition: { ...words.definition } };
  const journey = { ...newBurdenJourney(language), id: 'ex-journey' };
  journey.stages = journey.stages.map((s) => ({ ...s, id: id('st') }));
  const pushPull = {
    ...newPushPull(language),
    id: 'ex-pushpull',
    cards: words.cards.map(([title, description]) => ({ id: id('c'), title, description })),
  };
  const simplify = {
    ...newSimplify(language),
    id: 'ex-simplify',
    offerings: words.offerings.map(([name, description]) => ({ id: id('o'), name, description })),
  };
  const actionPlan = { ...newActionPlan(language), id: 'ex-plan' };
  const initiatives: Initiative[] = words.initiatives.map((said, i) => ({
    id: id('i'),
    ...UNFILLED_INITIATIVE,
    ...initiativeFacts[i],
    ...said,
  }));

  const indexIn = (list: Array<{ id: string }>) => (id: string) => list.findIndex((x) => x.id === id);
  function leanOf(spec: ActivitySpec): RoomLean {
    switch (spec.kind) {
      case 'scale-poll':
        return (id) => questionLean[indexIn(check.questions)(id)] ?? 0.5;
      case 'multiple-choice': {
        const options = (spec.config as { options: Array<{ id: string }> }).options;
        return (id) => departmentChance[indexIn(options)(id)] ?? 0.3;
      }
      case 'journey-heatmap':
        return (id, burden) => {
          const heavy = stageHeaviness[indexIn(journey.stages)(id)] ?? 1;
          return clamp01((heavy - (burden === 'money' ? 0.8 : 0) + (burden === 'worry' ? 0.3 : 0)) / 3);
        };
      case 'card-classification':
        return (id) => cardLean[indexIn(pushPull.cards)(id)] ?? 0.5;
      case 'two-axis-rating':
        return (id, facet) => {
          const i = indexIn(simplify.offerings)(id);
          if (facet === 'basics') return i === MISSES_BASICS ? 0.05 : 0.95;
          return (((facet === 'x' ? offeringValue[i] : offeringBurden[i]) ?? 3) - 1) / 4;
        };
      case 'continuum-placement':
        return (id) => (initiatives.find((i) => i.id === id)?.position ?? 50) / 100;
      case 'dot-voting':
        return (id) => ((initiatives.find((i) => i.id === id)?.priority ?? 0) + 1) / 10;
      default:
        return () => 0.5;
    }
  }

  const random = seededRandom(SEED);
  const appeal = new Map<string, number>(
    [...words.statements.means, ...words.statements['not-means']].map((text, i) => [
      text,
      statementAppeal[i] ?? 0.3,
    ]),
  );
  function simulate(spec: ActivitySpec): StoredAnswer<unknown>[] {
    const kind = kindOf(spec.kind)!;
    const config = kind.configSchema.parse(spec.config) as never;
    const answers: StoredAnswer<unknown>[] = [];
    let at = created + 3600_000;
    const give = (participantId: string, { itemId, value }: SimulatedAnswer) => {
      const others = answers.filter((a) => a.participantId === participantId && a.itemId !== itemId);
      const checked = checkAnswer(kind, config, others, itemId, value);
      if (!checked.ok) throw new Error(`Sample answer refused (${spec.id} ${itemId}): ${checked.reason}`);
      answers.push({ participantId, itemId, value: checked.value, at: (at += 1000) });
    };
    const lean = leanOf(spec);
    const own = new Map<string, Set<string>>();
    for (let p = 0; p < PARTICIPANTS; p++) {
      const given = simulateAnswers(spec, p, random, { lean, texts: words.statements });
      own.set(`p${p + 1}`, new Set(given.map((a) => a.itemId.slice(2))));
      for (const answer of given) give(`p${p + 1}`, answer);
    }
    if (spec.kind === 'open-text') {
      const result = kind.tally(config, answers as never) as OpenTextResult;
      const statements = result.lists.flatMap((l) => l.statements);
      const texts = new Map(statements.map((s) => [s.id, s.text]));
      const upvoteLean = (id: string) => appeal.get(texts.get(id) ?? '') ?? 0.3;
      for (let p = 0; p < PARTICIPANTS; p++) {
        for (const upvote of simulateUpvotes(statements, own.get(`p${p + 1}`)!, random, { lean: upvoteLean }))
          give(`p${p + 1}`, upvote);
      }
    }
    return answers;
  }

  const draft: Workshop = {
    id: language === 'en' ? 'sample-northwind' : `sample-northwind-${language}`,
    name: words.name,
    organisation: words.organisation,
    date: '2026-11-02',
    facilitator: words.facilitator,
    ...(language === 'en' ? {} : { language }),
    createdAt: created,
    updatedAt: created,
    agenda: [check, definition, journey, pushPull, simplify, actionPlan],
    initiatives,
    results: {},
  };

  const results: Record<string, ActivityResult> = {};
  for (const exercise of draft.agenda) {
    for (const spec of activitiesOf(exercise, draft)) {
      const kind = kindOf(spec.kind)!;
      const answers = simulate(spec);
      results[spec.id] = {
        activityId: spec.id,
        kind: spec.kind,
        closedAt: created + 4 * 3600_000,
        participants: PARTICIPANTS,
        answered: new Set(answers.map((a) => a.participantId)).size,
        tally: kind.tally(kind.configSchema.parse(spec.config) as never, answers as never),
        // Kept like the hub keeps them: participant pN is the Nth to join, answers in time order.
        answers: latestAnswers(answers)
          .map(({ participantId, itemId, value, at }) => ({
            participant: Number(participantId.slice(1)),
            item: itemId,
            value: value as never,
            at,
          }))
          .sort((a, b) => a.at - b.at || a.participant - b.participant),
      };
    }
  }
  // The facilitator's boards after the vote: cards where the room put them (the chatbot talked
  // through and moved to Pull), offerings decided as their quadrant proposes, with notes.
  const sort = results['ex-pushpull:sort']!.tally as CardClassificationResult;
  const placedSort = placeCard(pushPull, sort, pushPull.cards[TALKED_THROUGH_CARD]!.id, 'pull');
  const decidedSimplify = decideOffering(
    draft,
    simplify,
    results['ex-simplify:rating']!.tally as TwoAxisRatingResult,
    simplify.offerings[MISSES_BASICS]!.id,
    { note: words.basicsNote },
  );
  const finalAgenda = draft.agenda.map((exercise) =>
    exercise.id === pushPull.id ? placedSort : exercise.id === simplify.id ? decidedSimplify : exercise,
  );
  return workshopSchema.parse({
    ...draft,
    plannedStart: '09:30',
    // What the facilitator reads on the console and the run sheet; never shown to the room.
    agenda: finalAgenda.map((exercise) => ({ ...exercise, notes: words.notes[exercise.id] ?? '' })),
    results,
  });
}

const dir = process.argv[2] ?? fileURLToPath(new URL('../resources/samples/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const { language, fileName } of SAMPLES) {
  const out = join(dir, fileName);
  writeFileSync(out, writeWorkshopFile(buildSample(language), new Date(created)));
  console.log(`Wrote ${out}`);
}
