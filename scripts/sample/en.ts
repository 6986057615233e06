import type { SampleWords } from './words';

export const en: SampleWords = {
  name: 'Northwind Telecom — customer-centricity day',
  organisation: 'Northwind Telecom',
  facilitator: 'Sample facilitator',
  definition: {
    means:
      'Everyone at Northwind keeps learning about our customers and their markets — first hand — and acts on what they learn, in every department.',
    notMeans:
      'Doing whatever a customer asks regardless of the business, or leaving customers to Sales and Service. Our resources follow our strategy as well as customer needs.',
  },
  cards: [
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
  ],
  offerings: [
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
  ],
  initiatives: [
    {
      title: 'Every director spends a day a quarter with customers',
      description: 'Peer-to-peer visits: IT with customers’ IT teams, Finance with their finance teams.',
      owner: 'COO',
      nextStep: 'Add customer days to directors’ objectives and bonus criteria.',
      customerMetric: 'Share of customer visits that led to a change we made',
    },
    {
      title: 'One bill for all services',
      description: 'Customers with two or more services get one bill and one due date.',
      owner: 'Head of Billing',
      nextStep: 'Measure billing teams on bill-related calls, not on invoices issued.',
      customerMetric: 'Billing calls per 1,000 customers',
    },
    {
      title: 'Customer-first values poster campaign',
      description: 'Posters and a video from the CEO in every office.',
      owner: 'Internal Communications',
      nextStep: 'Replace with stories of decisions changed by what customers told us.',
      customerMetric: 'Complaints resolved at first contact',
    },
    {
      title: 'Retire the three broadband tiers nobody can tell apart',
      description: 'Keep 100, 500 and 1000; migrate 250 customers with no price rise.',
      owner: 'Product Director',
      nextStep: 'Make tier count a product-team target, with customer confusion as the measure.',
      customerMetric: 'Time to choose a plan online',
    },
    {
      title: 'Hire support staff for empathy, train for product',
      description: 'Change interview guides and the first four weeks of onboarding.',
      owner: 'HR Director',
      nextStep: 'Pilot the new interview guide in the Leeds contact centre.',
      customerMetric: 'Customer effort score after a support contact',
    },
    {
      title: 'Plain-language setup card for the home router',
      description: '',
      owner: 'Devices team',
      nextStep: 'Test the card with ten customers in their homes before printing.',
      customerMetric: 'Setup-related calls in the first 30 days',
    },
  ],
  statements: {
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
  },
  basicsNote: 'Basics first: claims take six weeks today.',
  notes: {
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
  },
};
