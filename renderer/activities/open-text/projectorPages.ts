import type { OpenTextResult } from '../../../shared/activities/openText';

/** Statements per list on one projector page: readable from the back at 1920x1080. */
export const PROJECTOR_PAGE = 6;

/** Pages the projector needs for the longest list. */
export function projectorPages(result: OpenTextResult): number {
  const longest = Math.max(0, ...result.lists.map((l) => l.statements.length));
  return Math.max(1, Math.ceil(longest / PROJECTOR_PAGE));
}
