// Writes resources/samples/northwind.outside-in.json: the sample workshop a new facilitator opens
// from the empty library. Run with `npx tsx scripts/make-sample.ts` after changing its content;
// `npx tsx scripts/make-sample.ts <file>` writes it elsewhere (the test compares that with the tracked one).
import { writeFileSync } from 'node:fs';
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
import { writeWorkshopFile } from '../shared/workshop/file';
import { workshopSchema, type Workshop } from '../shared/workshop/schema';

let counter = 0;
const id = (prefix: string) => `${prefix}${String(++counter).padStart(3, '0')}`;

const check = { ...newCentricityCheck(), id: 'ex-check' };
check.questions = check.questions.map((q) => ({ ...q, id: id('q') }));

const definition = {
  ...newDefinition(),
  id: 'ex-definition',
  definition: {
    means:
      'Everyone at Northwind keeps learning about our customers and their markets — first hand — and acts on what they learn, in every department.',
    notMeans:
      'Doing whatever a customer asks regardless of the business, or leaving customers to Sales and Service. Our resources follow our strategy as well as customer needs.',
  },
};

const journey = { ...newBurdenJourney(), id: 'ex-journey' };
journey.stages = journey.stages.map((s) => ({ ...s, id: id('st') }));

const cardTitles: Array<[string, string]> = [
  ['5G home router with 14 configurable modes', 'Launched last spring; setup guide is 40 pages.'],
  ['Unlimited data plan', 'Most-requested change in customer interviews.'],
  ['Quarterly app feature release', 'Roadmap driven by the product team.'],
  ['One bill for mobile, TV and broadband', 'Asked for in 3 of 4 customer panels.'],
  ['Premium gold support tier', 'Paid priority line.'],
  ['Same-day technician visits', ''],
  ['Loyalty points programme', 'Points expire after 12 months.'],
  ['Smart-home bundle', 'Cameras, plugs and hub sold together.'],
  ['Contract-free monthly plans', ''],
  ['AI chat assistant on the website', 'Answers billing questions.'],
];
const pushPull = {
  ...newPushPull(),
  id: 'ex-pushpull',
  cards: cardTitles.map(([title, description]) => ({ id: id('c'), title, description })),
};

const offeringNames: Array<[string, string]> = [
  ['Home Broadband 100', 'Entry fibre plan'],
  ['Home Broadband 250', ''],
  ['Home Broadband 500', ''],
  ['Home Broadband 1000', 'Gigabit'],
  ['TV Essentials', '60 channels'],
  ['TV Sports add-on', ''],
  ['Mobile SIM-only 10 GB', ''],
  ['Mobile SIM-only 50 GB', ''],
  ['Device insurance', 'Three tiers with different excesses'],
  ['Static IP add-on', ''],
  ['Family data sharing', ''],
  ['Paper bill', '€2 a month'],
];
const simplify = {
  ...newSimplify(),
  id: 'ex-simplify',
  offerings: offeringNames.map(([name, description]) => ({ id: id('o'), name, description })),
};

const actionPlan = { ...newActionPlan(), id: 'ex-plan' };

const initiative = (fields: Partial<Initiative> & Pick<Initiative, 'title'>): Initiative => ({
  id: id('i'),
  description: '',
  position: null,
  owner: '',
  nextStep: '',
  dueDate: '',
  customerMetric: '',
  burdens: [],
  priority: 0,
  source: { type: 'manual' },
  ...fields,
});

const initiatives: Initiative[] = [
  initiative({
    title: 'Every director spends a day a quarter with customers',
    description: 'Peer-to-peer visits: IT with customers’ IT teams, Finance with their finance teams.',
    position: 72,
    owner: 'COO',
    nextStep: 'Add customer days to directors’ objectives and bonus criteria.',
    dueDate: '2027-03-31',
    customerMetric: 'Share of customer visits that led to a change we made',
    burdens: ['worry'],
    priority: 9,
  }),
  initiative({
    title: 'One bill for all services',
    description: 'Customers with two or more services get one bill and one due date.',
    position: 55,
    owner: 'Head of Billing',
    nextStep: 'Measure billing teams on bill-related calls, not on invoices issued.',
    dueDate: '2027-06-30',
    customerMetric: 'Billing calls per 1,000 customers',
    burdens: ['time', 'effort', 'worry'],
    priority: 7,
  }),
  initiative({
    title: 'Customer-first values poster campaign',
    description: 'Posters and a video from the CEO in every office.',
    position: 12,
    owner: 'Internal Communications',
    nextStep: 'Replace with stories of decisions changed by what customers told us.',
    dueDate: '2027-01-31',
    customerMetric: 'Complaints resolved at first contact',
    burdens: [],
    priority: 1,
  }),
  initiative({
    title: 'Retire the three broadband tiers nobody can tell apart',
    description: 'Keep 100, 500 and 1000; migrate 250 customers with no price rise.',
    position: 48,
    owner: 'Product Director',
    nextStep: 'Make tier count a product-team target, with customer confusion as the measure.',
    dueDate: '2027-02-28',
    customerMetric: 'Time to choose a plan online',
    burdens: ['time', 'effort'],
    priority: 6,
  }),
  initiative({
    title: 'Hire support staff for empathy, train for product',
    description: 'Change interview guides and the first four weeks of onboarding.',
    position: 85,
    owner: 'HR Director',
    nextStep: 'Pilot the new interview guide in the Leeds contact centre.',
    dueDate: '2027-04-30',
    customerMetric: 'Customer effort score after a support contact',
    burdens: ['worry', 'effort'],
    priority: 5,
  }),
  initiative({
    title: 'Plain-language setup card for the home router',
    position: 40,
    owner: 'Devices team',
    nextStep: 'Test the card with ten customers in their homes before printing.',
    customerMetric: 'Setup-related calls in the first 30 days',
    burdens: ['time', 'effort', 'worry'],
    priority: 4,
  }),
];

// A room of 14 people answering, simulated with a seeded generator so the file is the same every run.
const PARTICIPANTS = 14;
const random = seededRandom(20261102);

// Where the room leans on each item (0–1, see RoomLean), so the sample tells a story.
const questionLean = [2.2, 1.8, 2.6, 3.1].map((centre) => (centre - 1) / 4);
const departmentChance = [0.2, 0.1, 0.15, 0.35, 1, 0.95, 0.5, 0.6];
const stageHeaviness = [1, 2, 1.2, 2.4, 1, 2.7, 1.6];
// Share of the room that sees each card (in order) as pushed by us.
const cardLean = [0.9, 0.15, 0.8, 0.1, 0.75, 0.3, 0.55, 0.85, 0.2, 0.5];
const offeringValue = [4.2, 2.4, 3.9, 3.6, 3.8, 2.2, 4, 3.4, 3.6, 1.8, 3.9, 1.6];
const offeringBurden = [1.8, 3.2, 2.1, 2.4, 2.3, 3.6, 1.7, 2.2, 4.1, 3.4, 2.9, 3.9];
const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

function leanOf(spec: ActivitySpec): RoomLean {
  const indexIn = (list: Array<{ id: string }>) => (id: string) => list.findIndex((x) => x.id === id);
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
        if (facet === 'basics') return simplify.offerings[i]?.name === 'Device insurance' ? 0.05 : 0.95;
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

const statements = {
  means: [
    'Every department learns from customers first hand, not through reports',
    'We change what we do because of what we learn',
    'Being easy to buy from and easy to get help from',
    'Measuring ourselves by customer outcomes',
    'Directors talk with customers every quarter',
    'Fixing the basics before adding features',
    'Designing journeys from the customer’s side',
  ],
  'not-means': [
    'Saying yes to every customer request',
    'A job for Sales and Service only',
    'Another campaign or poster',
    'Giving discounts to keep people quiet',
    'Waiting for the satisfaction survey',
  ],
};
// How much the room likes each statement when upvoting.
const appeal = new Map<string, number>(
  [...statements.means, ...statements['not-means']].map((text, i) => [
    text,
    [0.9, 0.7, 0.6, 0.4, 0.3, 0.8, 0.5, 0.85, 0.6, 0.25, 0.2, 0.45][i] ?? 0.3,
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
    const given = simulateAnswers(spec, p, random, { lean, texts: statements });
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

const created = Date.UTC(2026, 10, 2, 9);
const draft: Workshop = {
  id: 'sample-northwind',
  name: 'Northwind Telecom — customer-centricity day',
  organisation: 'Northwind Telecom',
  date: '2026-11-02',
  facilitator: 'Sample facilitator',
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
const chatbot = pushPull.cards.find((c) => c.title.startsWith('AI chat'))!;
const placedSort = placeCard(pushPull, sort, chatbot.id, 'pull');
const decidedSimplify = decideOffering(
  draft,
  simplify,
  results['ex-simplify:rating']!.tally as TwoAxisRatingResult,
  simplify.offerings.find((o) => o.name === 'Device insurance')!.id,
  { note: 'Basics first: claims take six weeks today.' },
);
const finalAgenda = draft.agenda.map((exercise) =>
  exercise.id === pushPull.id ? placedSort : exercise.id === simplify.id ? decidedSimplify : exercise,
);
/** What the facilitator reads on the console and the run sheet; never shown to the room. */
const notes: Record<string, string> = {
  'ex-check':
    'Open with why we are here: how customers see us, not how we see ourselves. Say the ratings are anonymous.\nMaterials: join code on the projector, spare phones for anyone without one.',
  'ex-definition':
    '5 minutes writing, 10 minutes upvoting. Read the top three aloud; ask what is missing from the “does not mean” list.',
  'ex-journey':
    'Walk the stages once before they rate: before the purchase, then after it. Remind them to rate as the customer, not as Northwind.',
  'ex-pushpull':
    'Print the card list on A3 for the wall. Contested cards are the discussion: give each one two minutes.',
  'ex-simplify': 'Start with the offerings that miss the basics. Break of 15 minutes after this exercise.',
  'ex-plan':
    'Every initiative leaves with an owner, a next step and a customer metric. Close by reading the top three priorities aloud.',
};
const workshop: Workshop = workshopSchema.parse({
  ...draft,
  plannedStart: '09:30',
  agenda: finalAgenda.map((exercise) => ({ ...exercise, notes: notes[exercise.id] ?? '' })),
  results,
});

const out =
  process.argv[2] ??
  fileURLToPath(new URL('../resources/samples/northwind.outside-in.json', import.meta.url));
writeFileSync(out, writeWorkshopFile(workshop, new Date(created)));
console.log(`Wrote ${out}`);
