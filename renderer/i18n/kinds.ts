import type { ActivityKindId } from '../../shared/activities/registry';
import { t } from './index';

/** An activity kind, lower case as a running label ("card sort"). */
export const kindName = (kind: ActivityKindId): string =>
  ({
    'scale-poll': t('kind.scale-poll'),
    'multiple-choice': t('kind.multiple-choice'),
    'open-text': t('kind.open-text'),
    'dot-voting': t('kind.dot-voting'),
    'card-classification': t('kind.card-classification'),
    'two-axis-rating': t('kind.two-axis-rating'),
    'journey-heatmap': t('kind.journey-heatmap'),
    'continuum-placement': t('kind.continuum-placement'),
  })[kind];
