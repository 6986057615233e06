import { BURDENS } from '../burdens';
import type { CardClassificationConfig } from '../activities/cardClassification';
import type { ContinuumPlacementConfig } from '../activities/continuumPlacement';
import type { DotVotingConfig } from '../activities/dotVoting';
import type { JourneyHeatmapConfig } from '../activities/journeyHeatmap';
import type { MultipleChoiceConfig } from '../activities/multipleChoice';
import type { OpenTextConfig } from '../activities/openText';
import type { ActivityKindId } from '../activities/registry';
import type { ScalePollConfig } from '../activities/scalePoll';
import type { TwoAxisRatingConfig } from '../activities/twoAxisRating';
import type { Workshop } from '../workshop/schema';
import type { ActivitySpec } from './common';
import type { Exercise } from './index';
import { CARD_TITLE_MAX, SORT_CATEGORIES, SORT_DECISIVE } from './pushPull';
import {
  PROPOSALS_PER_PARTICIPANT,
  PROPOSAL_LIST_ID,
  PROPOSAL_WORDING,
  PROPOSE_SUFFIX,
  SORT_SUFFIX,
} from './pushPullProposals';

/** Statements one participant may have standing in the definition exercise (both lists together). */
export const DEFINITION_STATEMENTS_PER_PARTICIPANT = 6;
export const STATEMENT_MAX_LENGTH = 140;

function spec<Config>(
  exercise: Exercise,
  suffix: string,
  kind: ActivityKindId,
  title: string,
  prompt: string,
  config: Config,
): ActivitySpec {
  return { id: `${exercise.id}:${suffix}`, exerciseId: exercise.id, kind, title, prompt, config };
}

/**
 * Option ids for departments, which are plain names in the exercise: a slug of the name, so the
 * same department keeps its id across workshops of one organisation (the check is compared over time).
 */
export function departmentOptionIds(departments: readonly string[]): string[] {
  const used = new Set<string>();
  return departments.map((name, index) => {
    const slug =
      name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '') // accents off: é → e
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 48) || `department-${index + 1}`;
    let id = slug;
    for (let n = 2; used.has(id); n++) id = `${slug}-${n}`;
    used.add(id);
    return id;
  });
}

/**
 * The live activities an exercise runs, with ids stable across sessions (`${exercise.id}:<suffix>`)
 * so results can be matched back. A part with nothing to vote on (no cards yet…) is left out,
 * except a sort the room fills with proposed cards.
 */
export function activitiesOf(exercise: Exercise, workshop: Workshop): ActivitySpec[] {
  switch (exercise.type) {
    case 'centricity-check': {
      const specs = [
        spec<ScalePollConfig>(
          exercise,
          'questions',
          'scale-poll',
          exercise.title,
          'How true is each statement of us today?',
          {
            items: exercise.questions.map((q) => ({ id: q.id, label: q.text })),
            min: 1,
            max: 5,
            minLabel: 'Not at all',
            maxLabel: 'Completely',
          },
        ),
      ];
      if (exercise.departments.length > 0) {
        const ids = departmentOptionIds(exercise.departments);
        specs.push(
          spec<MultipleChoiceConfig>(
            exercise,
            'departments',
            'multiple-choice',
            'Departments in contact with customers',
            'Which departments have regular, direct contact with customers?',
            { options: exercise.departments.map((label, i) => ({ id: ids[i]!, label })), multi: true },
          ),
        );
      }
      return specs;
    }
    case 'definition':
      return [
        spec<OpenTextConfig>(
          exercise,
          'statements',
          'open-text',
          exercise.title,
          'Finish the sentences in your own words, then upvote the statements you agree with.',
          {
            lists: [
              { id: 'means', label: exercise.meansPrompt },
              { id: 'not-means', label: exercise.notMeansPrompt },
            ],
            maxLength: STATEMENT_MAX_LENGTH,
            maxPerParticipant: DEFINITION_STATEMENTS_PER_PARTICIPANT,
          },
        ),
      ];
    case 'burden-journey':
      return [
        spec<JourneyHeatmapConfig>(exercise, 'heatmap', 'journey-heatmap', exercise.title, exercise.prompt, {
          stages: exercise.stages.map((s) => ({ id: s.id, label: s.name })),
          burdens: [...BURDENS],
          max: 3,
        }),
      ];
    case 'push-pull': {
      const specs: ActivitySpec[] = [];
      // Proposals come first, so approved ones can still join this session's sort before it opens.
      if (exercise.allowProposals) {
        specs.push(
          spec<OpenTextConfig>(
            exercise,
            PROPOSE_SUFFIX,
            'open-text',
            'Propose cards to sort',
            'Name a product, feature, project or campaign the room should sort as pushed by us or pulled by customers. The facilitator picks which ones go into the sort.',
            {
              lists: [{ id: PROPOSAL_LIST_ID, label: 'Cards proposed for the sort' }],
              maxLength: CARD_TITLE_MAX,
              maxPerParticipant: PROPOSALS_PER_PARTICIPANT,
              wording: PROPOSAL_WORDING,
            },
          ),
        );
      }
      // With proposals the sort runs even without cards of its own: approved ones fill it before it opens.
      if (exercise.cards.length === 0 && !exercise.allowProposals) return specs;
      specs.push(
        spec<CardClassificationConfig>(
          exercise,
          SORT_SUFFIX,
          'card-classification',
          exercise.title,
          exercise.prompt,
          {
            cards: exercise.cards.map((c) => ({ id: c.id, title: c.title })),
            categories: SORT_CATEGORIES.map((c) => ({ ...c })),
            decisive: [...SORT_DECISIVE],
            contestedThreshold: exercise.contestedThreshold,
          },
        ),
      );
      return specs;
    }
    case 'simplify':
      if (exercise.offerings.length === 0) return [];
      return [
        spec<TwoAxisRatingConfig>(exercise, 'rating', 'two-axis-rating', exercise.title, exercise.prompt, {
          items: exercise.offerings.map((o) => ({ id: o.id, label: o.name })),
          axes: {
            x: { label: 'Value to the customer', min: 1, max: 5 },
            y: { label: 'Burden on the customer', min: 1, max: 5 },
          },
          basicsQuestion: true,
        }),
      ];
    case 'action-plan': {
      if (workshop.initiatives.length === 0) return [];
      const items = workshop.initiatives.map((i) => ({ id: i.id, label: i.title }));
      const dots = exercise.dotsPerParticipant;
      return [
        spec<ContinuumPlacementConfig>(
          exercise,
          'placement',
          'continuum-placement',
          exercise.title,
          exercise.prompt,
          {
            items,
          },
        ),
        spec<DotVotingConfig>(
          exercise,
          'priorities',
          'dot-voting',
          'Vote priorities',
          `You have ${dots} ${dots === 1 ? 'dot' : 'dots'}: put them on the initiatives that would matter most to our customers.`,
          { options: items, dots },
        ),
      ];
    }
  }
}
