import type { PlanDataOf, PlannedType } from '../exercises/registry';
import type { Burden } from '../burdens';
import type { Band } from '../continuum';
import type { BoardColumn } from '../exercises/push-pull/schema';
import type { Decision } from '../exercises/simplify/schema';

export type Paper = 'A4' | 'Letter';

/**
 * A section of the plan fed by one exercise. `absent`: the exercise is not on the agenda (the
 * section is left out). `not-run`: it is on the agenda but produced nothing usable yet.
 */
export type PlanSection<T> =
  { status: 'absent' } | { status: 'not-run'; title: string } | ({ status: 'ready'; title: string } & T);

export interface PlanTitlePage {
  workshopName: string;
  organisation: string;
  /** As written in the workshop (YYYY-MM-DD or empty). */
  date: string;
  /** e.g. "23 November 2026"; empty without a date. */
  dateLabel: string;
  facilitator: string;
  /** Most participants any closed activity had; null when nothing was run live. */
  participants: number | null;
  initiativeCount: number;
  /** BCP 47 tag of the language the plan is written in (see language.ts). */
  language: string;
}

export interface PlanDefinition {
  means: string;
  notMeans: string;
  /** True when the team has not written its definition yet: these are the room's top statements. */
  draft: boolean;
}

export interface TrendPoint {
  label: string;
  date: string;
  mean: number;
}

export interface CentricityQuestionScore {
  id: string;
  text: string;
  /** Mean rating; null without answers. */
  mean: number | null;
  /** Standard deviation of the ratings: high means the room disagrees. */
  spread: number | null;
  count: number;
  /** distribution[i] = how many answered scaleMin + i. */
  distribution: number[];
  scaleMin: number;
  scaleMax: number;
  /** Earlier workshops first, this one last. Empty without history. */
  trend: TrendPoint[];
  /** This mean minus the previous workshop's; null when either is missing. */
  change: number | null;
}

export interface DepartmentContact {
  name: string;
  count: number;
  /** Share of respondents who ticked it, 0..1. */
  share: number;
}

export interface PlanCentricity {
  questions: CentricityQuestionScore[];
  respondents: number;
  /** Null when the department question was not run. */
  departments: DepartmentContact[] | null;
  departmentRespondents: number;
  /** Labels of the earlier workshops compared, oldest first. */
  comparedWith: string[];
}

export interface PushPullVotes {
  push: number;
  pull: number;
  unsure: number;
  total: number;
}

export interface PushPullDecision {
  id: string;
  title: string;
  /** Where the card is on the board: the facilitator's column, else the votes'; null when neither. */
  decision: BoardColumn | null;
  /** The facilitator placed it (else the decision is the votes'). */
  final: boolean;
  votes: PushPullVotes | null;
  /** Contested by the room's vote, at the board's threshold as it is now. */
  contested: boolean;
}

export interface PlanPushPull {
  cards: PushPullDecision[];
}

export interface SimplificationDecision {
  id: string;
  name: string;
  /** Where the offering is on the board: the facilitator's decision, else the ratings'; null when neither. */
  decision: Decision | null;
  /** The facilitator decided it (else the decision is the one the ratings propose). */
  final: boolean;
  note: string;
  /** Mean value to the customer and mean burden on the customer, when rated. */
  value: number | null;
  burden: number | null;
  /** The quadrant the room's ratings suggest. */
  suggested: Decision | null;
  failsBasics: boolean;
}

export interface PlanSimplification {
  offerings: SimplificationDecision[];
}

/** The customer-burden heatmap: how much each burden weighs at each stage, 0 (none) to max. */
export interface PlanJourney {
  max: number;
  /** Column labels, in the order rated. */
  burdens: string[];
  /** In journey order. */
  stages: Array<{
    name: string;
    phase: 'before' | 'after';
    /** Participants who rated the stage. */
    count: number;
    /** One per burden; level is the palette step, null when nobody rated the cell. */
    cells: Array<{ mean: number | null; count: number; level: number | null }>;
  }>;
  /** Heaviest first, as the room's results rank them. */
  hotSpots: Array<{ stage: string; burden: string; mean: number; count: number }>;
}

export type PositionSource = 'agreed' | 'votes';

export interface PlanInitiative {
  id: string;
  /** The one number the console, projector, PDF and CSV give it (see numbering.ts). */
  number: number;
  title: string;
  description: string;
  owner: string;
  nextStep: string;
  dueDate: string;
  dueDateLabel: string;
  customerMetric: string;
  burdens: Burden[];
  burdenLabels: string[];
  /** Dot votes. */
  priority: number;
  /** Agreed position, else the room's median; null when unplaced. */
  position: number | null;
  /** The room's median placement, whatever the team agreed; null without votes. */
  roomMedian: number | null;
  positionSource: PositionSource | null;
  /** Middle half of the room's placements, when voted. */
  spread: { p25: number; p75: number; count: number } | null;
  band: Band | null;
  /** Where it came from, in words: "Typed in", "Push/pull card: …". */
  sourceLabel: string;
  /** A nudge toward substantive; only for symbolic initiatives. */
  moveRight: string | null;
}

export interface ContinuumMarker {
  id: string;
  number: number;
  title: string;
  position: number;
  positionSource: PositionSource;
  spread: { p25: number; p75: number } | null;
  band: Band;
  priority: number;
}

export interface PlanBandGroup {
  band: Band;
  label: string;
  range: readonly [number, number];
  /** What this band is, in one line. */
  summary: string;
  initiatives: PlanInitiative[];
}

/** A question asked on the spot during the session, with the results export's numbers. */
export interface PlanQuickQuestion {
  id: string;
  title: string;
  /** The activity kind's id and its name in the plan's language, e.g. "scale poll". */
  kind: string;
  kindLabel: string;
  answered: number;
  participants: number;
  /** How the rows are ordered, in words for the reader. */
  order: string;
  rows: Array<{ item: string; answers: string; result: string }>;
  /** Rows left out (long open-text lists); all are in the results export. */
  more: number;
  /** False when this version cannot read the stored result. */
  readable: boolean;
  practice: boolean;
}

/**
 * A part of the plan as the PDF prints it, for marking what is built on practice answers: an
 * exercise type's sections, or a part of the plan itself.
 */
export type PlanPart = PlannedType | 'continuum' | 'initiatives' | 'quickQuestions';

/** One exercise's section of the plan, for each exercise on the agenda that has one. */
export type PlanExercise = {
  [T in PlannedType]: {
    exerciseId: string;
    type: T;
    /** What the ready section prints rests on practice answers. */
    practice: boolean;
    section: PlanSection<PlanDataOf<T>>;
  };
}[PlannedType];

export interface ActionPlan {
  paper: Paper;
  title: PlanTitlePage;
  /** The exercises' sections, in agenda order. */
  exercises: PlanExercise[];
  /** Placed initiatives, left to right. */
  continuum: { markers: ContinuumMarker[]; unplacedCount: number };
  /** Always the three bands, symbolic first; each sorted by priority, then title. */
  groups: PlanBandGroup[];
  unplaced: PlanInitiative[];
  /** Asked during the session, in the order they closed. */
  quickQuestions: PlanQuickQuestion[];
  /**
   * Parts built on answers of simulated practice participants (the console's practice room), in
   * print order; empty when every result is the room's own. The PDF marks them and its cover.
   */
  practice: PlanPart[];
}

/** One earlier workshop's centricity scores, to show a trend. */
export interface CentricityHistoryEntry {
  workshopId: string;
  workshopName: string;
  date: string;
  questions: Array<{ id: string; text: string; mean: number | null }>;
}
