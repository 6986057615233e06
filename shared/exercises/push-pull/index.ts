import type { CardClassificationConfig } from '../../activities/cardClassification';
import type { OpenTextConfig } from '../../activities/openText';
import { activitySpec, type ActivitySpec } from '../common';
import { contentIn } from '../content';
import type { ExerciseDefinition } from '../exerciseDefinition';
import type { PlanPushPull } from '../../plan/types';
import { PROPOSALS_PER_PARTICIPANT, PROPOSAL_LIST_ID, PROPOSE_SUFFIX, SORT_SUFFIX } from './proposals';
import { CARD_TITLE_MAX, SORT_CATEGORIES, SORT_DECISIVE, newPushPull, pushPullSchema } from './schema';
import { pushPullOutcome, type pushPullOutcomeSchema } from './outcome';
import { pushPullPlan, pushPullCandidates } from './plan';
import { clearPushPull } from './practice';
import { pushPullSource } from './source';

export const pushPull: ExerciseDefinition<typeof pushPullSchema, typeof pushPullOutcomeSchema, PlanPushPull> =
  {
    type: 'push-pull',
    schema: pushPullSchema,
    name: 'Push or pull card sort',
    summary: 'Sort products, features and projects: pushed by us, or pulled by customers?',
    create: newPushPull,
    // The board and the cards the room proposed were made on the day.
    asTemplate: ({ splits: _splits, rejectedProposals: _rejected, ...exercise }) => ({
      ...exercise,
      cards: exercise.cards.filter((c) => !c.proposed),
      placements: {},
    }),
    activities(exercise, workshop) {
      const content = contentIn(workshop.language).pushPull;
      const specs: ActivitySpec[] = [];
      // Proposals come first, so approved ones can still join this session's sort before it opens.
      if (exercise.allowProposals) {
        specs.push(
          activitySpec<OpenTextConfig>(
            exercise,
            PROPOSE_SUFFIX,
            'open-text',
            content.proposeTitle,
            content.proposePrompt,
            {
              lists: [{ id: PROPOSAL_LIST_ID, label: content.proposalList }],
              maxLength: CARD_TITLE_MAX,
              maxPerParticipant: PROPOSALS_PER_PARTICIPANT,
              wording: { ...content.proposalWording },
            },
          ),
        );
      }
      // With proposals the sort runs even without cards of its own: approved ones fill it before it opens.
      if (exercise.cards.length === 0 && !exercise.allowProposals) return specs;
      specs.push(
        activitySpec<CardClassificationConfig>(
          exercise,
          SORT_SUFFIX,
          'card-classification',
          exercise.title,
          exercise.prompt,
          {
            cards: exercise.cards.map((c) => ({ id: c.id, title: c.title })),
            categories: SORT_CATEGORIES.map((c) => ({ id: c.id, label: content[c.id] })),
            decisive: [...SORT_DECISIVE],
            contestedThreshold: exercise.contestedThreshold,
          },
        ),
      );
      return specs;
    },
    plan: pushPullPlan,
    outcome: pushPullOutcome,
    candidates: { heading: 'Cards placed in Pull', of: pushPullCandidates, source: pushPullSource },
    clearPractice: clearPushPull,
  };
