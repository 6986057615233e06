import type { ExerciseContent } from '../content';

/** The template wording as written first: every other language is written from its meaning. */
export const en: ExerciseContent = {
  centricity: {
    title: 'Centricity check',
    questions: [
      'Our managers insist on direct, regular contact with customers.',
      'We judge success more by customer measures than by product measures.',
      'Our managers work across silos for results that serve the whole company.',
      'Our leaders deliberately build the organisation’s knowledge of customers.',
    ],
    departments: ['IT', 'Finance', 'HR', 'Product / R&D', 'Sales', 'Service', 'Operations', 'Marketing'],
    pollPrompt: 'How true is each statement of us today?',
    notAtAll: 'Not at all',
    completely: 'Completely',
    departmentsTitle: 'Departments in contact with customers',
    departmentsPrompt: 'Which departments have regular, direct contact with customers?',
  },
  definition: {
    title: 'What customer-centric means — and does not mean',
    meansPrompt: 'For us, being customer-centric means…',
    notMeansPrompt: 'Being customer-centric does NOT mean…',
    activityPrompt: 'Finish the sentences in your own words, then upvote the statements you agree with.',
  },
  journey: {
    title: 'Customer-burden journey',
    prompt:
      'As our customer sees it: how much time, worry, effort and money does each step cost them? 0 = none, 3 = a lot.',
    stages: ['Discover', 'Choose', 'Buy', 'Start', 'Use', 'Get help', 'Renew'],
  },
  pushPull: {
    title: 'Product push or customer pull?',
    prompt: 'For each card: did customers ask for this, or are we pushing it onto them?',
    push: 'Pushed by us',
    pull: 'Pulled by customers',
    unsure: 'Unsure',
    proposeTitle: 'Propose cards to sort',
    proposePrompt:
      'Name a product, feature, project or campaign the room should sort as pushed by us or pulled by customers. The facilitator picks which ones go into the sort.',
    proposalList: 'Cards proposed for the sort',
    proposalWording: { one: 'card', many: 'cards', written: 'proposed', placeholder: 'Name a card…' },
  },
  simplify: {
    title: 'Offering simplification',
    prompt:
      'Rate each offering as the customer sees it: the value it gives them, and the burden it puts on them to find, buy and use it.',
    valueAxis: 'Value to the customer',
    burdenAxis: 'Burden on the customer',
  },
  actionPlan: {
    title: 'Continuum action plan',
    prompt:
      'Where does each initiative sit today: a symbolic gesture, a process or policy change, or a substantive change in how we hire, teach, measure and decide?',
    votesTitle: 'Vote priorities',
    votesPrompt: (dots) =>
      dots === 1
        ? 'You have 1 dot: put it on the initiative that would matter most to our customers.'
        : `You have ${dots} dots: put them on the initiatives that would matter most to our customers.`,
  },
};
