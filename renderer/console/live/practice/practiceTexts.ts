import { PROPOSAL_LIST_ID } from '../../../../shared/exercises/push-pull/proposals';

/**
 * What practice participants write in open-text activities, by list id: the definition's two
 * lists and the card proposals. Person n writes line n of a list (see simulateAnswers); lists
 * these do not cover get numbered ideas.
 */
export const PRACTICE_TEXTS: Readonly<Record<string, readonly string[]>> = {
  means: [
    'Everyone learns from customers first hand, not through reports',
    'We change what we do because of what customers tell us',
    'Easy to buy from, easy to get help from',
    'Success measured by customer outcomes, not products sold',
    'Managers in every department talk with customers',
    'Fixing the basics before adding new features',
    'Designing journeys from the customer’s side',
    'Listening before building',
    'Answering a complaint today, not after the next survey',
    'Hiring people who care about customers',
    'Crossing silos to solve a customer’s problem',
    'Fewer, simpler offerings that do what people need',
  ],
  'not-means': [
    'Saying yes to every customer request',
    'A job for Sales and Service only',
    'Another slogan, poster or video',
    'Giving discounts to keep people quiet',
    'Waiting for the satisfaction index',
    'Adding features nobody asked for',
    'Ignoring the strategy and the budget',
    'Asking customers questions from our own point of view',
    'A one-off project that ends next quarter',
    'More choice for the sake of choice',
  ],
  [PROPOSAL_LIST_ID]: [
    'Self-service returns portal',
    'Premium support line',
    'Yearly product refresh',
    'Paperless billing',
    'Loyalty app with badges',
    'Same-day delivery',
    'Ten new colour options',
    'Live chat on the website',
    'Bundle discounts',
    'Plain-language contracts',
    'Smart-home add-on pack',
    'Extended warranty upsell',
  ],
};
