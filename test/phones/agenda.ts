import type { ActivitySpecMessage } from '../../shared/protocol';

/** One unbroken word as long as a statement may be: every view must wrap it. */
export const LONG_WORD = 'Customerobsessed'.repeat(8) + 'Listening!!!';

const labelled = (prefix: string, labels: string[]) =>
  labels.map((label, i) => ({ id: `${prefix}${i + 1}`, label }));

/** One activity of every kind the phone answers, in agenda order. */
export const AGENDA = {
  scale: {
    id: 'check:q',
    exerciseId: 'check',
    kind: 'scale-poll',
    title: 'How customer-centric are we?',
    prompt: 'Rate each statement',
    config: {
      items: labelled('q', ['Managers talk with customers', 'We measure customer metrics']),
      min: 1,
      max: 5,
    },
  },
  choice: {
    id: 'check:dept',
    exerciseId: 'check',
    kind: 'multiple-choice',
    title: 'Who talks with customers?',
    prompt: '',
    config: { options: labelled('d', ['Sales', 'Finance', 'IT']), multi: false },
  },
  sort: {
    id: 'pp:sort',
    exerciseId: 'pp',
    kind: 'card-classification',
    title: 'Product push or customer pull?',
    prompt: 'Sort each card',
    config: {
      cards: ['Loyalty app', 'Premium tier', 'Live chat', LONG_WORD].map((title, i) => ({
        id: `c${i + 1}`,
        title,
      })),
      categories: [
        { id: 'push', label: 'Pushed by us' },
        { id: 'pull', label: 'Pulled by customers' },
        { id: 'unsure', label: 'Unsure' },
      ],
      decisive: ['push', 'pull'],
      contestedThreshold: 60,
    },
  },
  rating: {
    id: 'simplify:rate',
    exerciseId: 'simplify',
    kind: 'two-axis-rating',
    title: 'Value and burden',
    prompt: '',
    config: {
      items: labelled('o', ['Starter plan', 'Support contract']),
      axes: { x: { label: 'Value', min: 1, max: 5 }, y: { label: 'Burden', min: 1, max: 5 } },
      basicsQuestion: false,
    },
  },
  journey: {
    id: 'journey:burden',
    exerciseId: 'journey',
    kind: 'journey-heatmap',
    title: 'Where does it cost the customer?',
    prompt: '',
    config: {
      stages: labelled('s', ['Choose', 'Get help']),
      burdens: ['time', 'worry', 'effort', 'money'],
      max: 3,
    },
  },
  text: {
    id: 'def:means',
    exerciseId: 'def',
    kind: 'open-text',
    title: 'Customer-centric means…',
    prompt: 'Write and upvote',
    config: { lists: [{ id: 'means', label: 'It means' }], maxLength: 200, maxPerParticipant: 3 },
  },
  dots: {
    id: 'plan:dots',
    exerciseId: 'plan',
    kind: 'dot-voting',
    title: 'Which initiatives first?',
    prompt: 'Spend your dots',
    config: { options: labelled('i', ['Call ten customers', 'Shorter forms', 'Customer metric']), dots: 3 },
  },
  place: {
    id: 'plan:place',
    exerciseId: 'plan',
    kind: 'continuum-placement',
    title: 'Where does each initiative sit?',
    prompt: '',
    config: { items: labelled('p', ['Customer videos', 'New hiring criteria', 'Checklist']) },
  },
} satisfies Record<string, ActivitySpecMessage>;

export const ACTIVITIES: ActivitySpecMessage[] = Object.values(AGENDA);
export const indexOf = (spec: ActivitySpecMessage) => ACTIVITIES.indexOf(spec);
