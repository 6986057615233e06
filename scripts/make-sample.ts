// Writes resources/samples/northwind.outside-in.json: the sample workshop a new facilitator opens
// from the empty library. Run with `npx tsx scripts/make-sample.ts` after changing its content.
import { writeFileSync } from 'node:fs';
import { newActionPlan } from '../shared/exercises/actionPlan';
import { newBurdenJourney } from '../shared/exercises/burdenJourney';
import { newCentricityCheck } from '../shared/exercises/centricityCheck';
import { newDefinition } from '../shared/exercises/definition';
import { newPushPull } from '../shared/exercises/pushPull';
import { newSimplify } from '../shared/exercises/simplify';
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

const created = Date.UTC(2026, 10, 2, 9);
const workshop: Workshop = workshopSchema.parse({
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
});

const out = new URL('../resources/samples/northwind.outside-in.json', import.meta.url);
writeFileSync(out, writeWorkshopFile(workshop, new Date(created)));
console.log(`Wrote ${out.pathname}`);
