export { buildPlan, type PlanOptions } from './buildPlan';
export { centricityScoresOf } from '../exercises/centricity-check/plan';
export { initiativesCsv, CSV_COLUMNS } from './csv';
export {
  blankInitiative,
  initiativeCandidates,
  initiativeFromCandidate,
  type InitiativeCandidate,
} from './candidates';
export { BAND_SUMMARIES, MOVE_RIGHT_PROMPT, compareInitiatives } from './initiatives';
export { planFileName } from './fileName';
export { DEFAULT_PLAN_LANGUAGE, planLanguage } from './language';
export { initiativeNumbers } from './numbering';
export { PLAN_PARTS, PRACTICE_PART_LABELS } from './practice';
export * from './types';
