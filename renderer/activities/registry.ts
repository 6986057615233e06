import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ActivityKindId } from '../../shared/activities/registry';
import type { InputProps, LiveProps, ResultProps } from './types';

/* eslint-disable @typescript-eslint/no-explicit-any -- each kind's views take their own config/value/result types */
type Loader<P> = () => Promise<{ default: ComponentType<P> }>;

export interface KindViews {
  Input: LazyExoticComponent<ComponentType<InputProps<any, any>>>;
  Live: LazyExoticComponent<ComponentType<LiveProps<any, any>>>;
  Result: LazyExoticComponent<ComponentType<ResultProps<any, any>>>;
  /** Fetches the phone input early, so it is there even if the Wi-Fi drops later. */
  preloadInput: () => Promise<unknown>;
}

/**
 * Lazy, so each surface loads only the views it shows: the phone bundle holds no projector
 * or console code.
 */
function views(
  input: Loader<InputProps<any, any>>,
  live: Loader<LiveProps<any, any>>,
  result: Loader<ResultProps<any, any>>,
): KindViews {
  return { Input: lazy(input), Live: lazy(live), Result: lazy(result), preloadInput: input };
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * Views per activity kind id (see shared/activities/registry.ts). A new kind: a folder and one line
 * here; typed over every kind id, so a kind without views does not compile.
 */
export const ACTIVITY_VIEWS: Record<ActivityKindId, KindViews> = {
  'scale-poll': views(
    () => import('./scale-poll/Input'),
    () => import('./scale-poll/Live'),
    () => import('./scale-poll/Result'),
  ),
  'multiple-choice': views(
    () => import('./multiple-choice/Input'),
    () => import('./multiple-choice/Live'),
    () => import('./multiple-choice/Result'),
  ),
  'open-text': views(
    () => import('./open-text/Input'),
    () => import('./open-text/Live'),
    () => import('./open-text/Result'),
  ),
  'dot-voting': views(
    () => import('./dot-voting/Input'),
    () => import('./dot-voting/Live'),
    () => import('./dot-voting/Result'),
  ),
  'journey-heatmap': views(
    () => import('./journey-heatmap/Input'),
    () => import('./journey-heatmap/Live'),
    () => import('./journey-heatmap/Result'),
  ),
  'card-classification': views(
    () => import('./card-classification/Input'),
    () => import('./card-classification/Live'),
    () => import('./card-classification/Result'),
  ),
  'two-axis-rating': views(
    () => import('./two-axis-rating/Input'),
    () => import('./two-axis-rating/Live'),
    () => import('./two-axis-rating/Result'),
  ),
  'continuum-placement': views(
    () => import('./continuum-placement/Input'),
    () => import('./continuum-placement/Live'),
    () => import('./continuum-placement/Result'),
  ),
};

export function viewsOf(kind: string): KindViews | undefined {
  // Type-only use of the kind registry: the phone bundle carries the views, not every kind's code.
  return Object.hasOwn(ACTIVITY_VIEWS, kind) ? ACTIVITY_VIEWS[kind as ActivityKindId] : undefined;
}
