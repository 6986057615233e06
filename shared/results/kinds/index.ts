import type { ActivityKindId } from '../../activities/registry';
import { cardClassificationResults, dotVotingResults, multipleChoiceResults } from './choices';
import type { KindResults } from './common';
import {
  continuumPlacementResults,
  journeyHeatmapResults,
  scalePollResults,
  twoAxisRatingResults,
} from './numeric';
import { openTextResults } from './openText';

export type { KindContext, KindResults } from './common';

/** Every activity kind's results sheet; a new kind must add one here to typecheck. */
export const KIND_RESULTS: Record<ActivityKindId, KindResults> = {
  'scale-poll': scalePollResults,
  'multiple-choice': multipleChoiceResults,
  'open-text': openTextResults,
  'dot-voting': dotVotingResults,
  'card-classification': cardClassificationResults,
  'two-axis-rating': twoAxisRatingResults,
  'journey-heatmap': journeyHeatmapResults,
  'continuum-placement': continuumPlacementResults,
};
