import type { Band } from '../../continuum';
import type { Burden } from '../../burdens';
import { CSV_COLUMNS, type CsvHeaders } from '../csvColumns';
import type { PlanPart } from '../types';
import type { DecisionPlace } from '../../exercises/simplify/board';
import type { BoardPlace } from '../../exercises/push-pull/board';

/** The CSV's headers, in the order of its columns: in English, the columns' ids themselves. */
const csv: CsvHeaders = CSV_COLUMNS;

/**
 * The plan's fixed wording in English: the source of the keys every other language must have.
 * Facilitator-typed text (titles, the definition, cards) never passes through here.
 */
export const en = {
  planTitle: 'Customer-centricity action plan',
  summary: 'Summary',
  pageOf: (page: number, total: number) => `Page ${page} of ${total}`,
  facilitator: (name: string) => `Facilitator: ${name}`,
  participants: (n: number) => `${n} participants`,
  initiatives: (n: number) => `${n} ${n === 1 ? 'initiative' : 'initiatives'}`,
  subjectFor: (org: string) => `Customer-centricity action plan for ${org}`,
  // Run sheet
  runSheetTitle: 'Run sheet',
  forTheFacilitator: 'for the facilitator',
  runSheetSubject: "The facilitator's agenda with times and notes",
  howToJoin: 'How participants join',
  joinSteps: [
    'Participants connect their phones to the same Wi-Fi as this computer; no app and no account.',
    'They scan the QR code on the projector, or open the address shown there and type the join code.',
    'The join code is made when the live session starts; it stays the same all day, and a phone that drops off rejoins as the same participant.',
  ] as readonly string[],
  time: 'Time',
  fromStart: 'From start',
  length: 'Length',
  agendaColumn: 'Exercise, live activities and your notes',
  noStartTime: 'No start time is set: times count from the start of the workshop.',
  agenda: 'Agenda',
  agendaEmpty: 'The agenda is empty.',
  liveActivities: (list: string) => ` · live: ${list}`,
  notRunLive: ' · not run live: nothing to vote on yet',
  noNotes: 'No notes.',
  minutes: (n: number) => `${n} min`,
  runSheetCsv: 'The agenda of this run sheet as a spreadsheet (CSV, UTF-8)',
  /** The run sheet's CSV headers ('#' and the from-start column are shared with the PDF). */
  runSheetColumns: {
    start: 'Start',
    end: 'End',
    minutes: 'Minutes',
    exercise: 'Exercise',
    type: 'Type',
    live: 'Live activities',
    notes: 'Notes',
  },
  /** The end of the saved files' names: "Acme kickoff – run sheet.pdf". */
  runSheetFile: 'run sheet',
  planFile: 'action plan',

  csvDescription: 'The initiatives of this plan as a spreadsheet (CSV, UTF-8)',

  bands: { symbolic: 'Symbolic', process: 'Process & policy', substantive: 'Substantive' } satisfies Record<
    Band,
    string
  >,
  /** The continuum's narrow label for the middle band. */
  processShort: 'Process',
  bandSummaries: {
    symbolic: 'Speeches, slogans and campaigns: they feel good and change little.',
    process: 'Friendlier procedures and policies: a real effect that tends to slip back.',
    substantive:
      'How people are hired, taught, measured and rewarded, and how decisions are made: hard and lasting.',
  } satisfies Record<Band, string>,
  notPlacedYet: 'Not placed yet',
  /** The initiative table's narrow position cell: "not placed", "median 48". */
  notPlacedShort: 'not placed',
  medianShort: (median: number) => `median ${median}`,

  // Summary page
  topPriorities: 'Top priorities, most dot votes first',
  topOf: (top: number, voted: number) =>
    `The ${top} initiatives with the most dot votes of ${voted} voted on.`,
  noDotVotes: 'No dot votes yet.',
  initiative: 'Initiative',
  dots: 'Dots',
  whereItSits: 'Where it sits',
  owner: 'Owner',
  movesTitle: 'Moves toward substantive, most dot votes first',
  noNextStep: 'No initiative has a next step yet.',
  initiativeAndNextStep: 'Initiative and its next step',
  ownerDue: 'Owner · due',
  noDate: 'no date',
  shortAgreed: (band: string, position: number) => `${band} · ${position} agreed`,
  shortMedian: (band: string, median: number) => `${band} · not placed, room’s median ${median}`,

  // Sections
  standKicker: 'Where we stand',
  standTitle: 'How we score ourselves',
  journeyKicker: 'Where customers carry the burden',
  journeyTitle: 'Customer-burden journey',
  journeyLead: 'How much time, worry, effort and money each step costs our customers, as the room rated it.',
  notRunYet: 'Not run yet: this exercise has no results in this workshop.',
  ownKicker: 'Our own questions',
  continuumKicker: 'The continuum',
  continuumTitle: 'Where our initiatives sit',
  continuumLead:
    'Symbolic gestures feel good and change little; process and policy changes help but tend to slip back; substantive change alters how people are hired, taught, measured and rewarded, and how decisions are made. The plan pushes every initiative to the right.',
  noMarkers: 'No initiative has been placed on the line yet.',
  unplacedNote: (n: number) =>
    `${n} ${n === 1 ? 'initiative is' : 'initiatives are'} not placed yet (listed at the end).`,
  rowsTitle: 'Each initiative on the line, left to right',
  planKicker: 'The plan',
  planTitleByBand: 'Initiatives by band, most dot votes first',
  planLead:
    'Bands from symbolic to substantive, by the position the team agreed, else the room’s median; in each band the most dot votes first. Each has an owner, a next step that moves it toward substantive, and a customer metric, not a product metric.',
  onTheLine: (from: number, to: number) => `${from}–${to} on the line.`,
  unplacedSummary: 'Nobody has placed these on the line yet. Agree where they sit before the plan is final.',
  noneYet: 'None yet.',
  decisionsKicker: 'Decisions from the day',
  decisionsTitle: 'What we push, and what we simplify',
  quickKicker: 'Asked on the spot',
  quickTitle: 'Questions asked during the session',
  quickLead:
    'Questions added while the workshop ran, in the order they closed; the figures are those of the results export.',

  // Initiatives: cards and table
  nextStepTowardSubstantive: 'Next step toward substantive',
  customerMetric: 'Customer metric',
  dueDate: 'Due date',
  position: 'Position',
  nextStep: 'Next step',
  reduces: 'Reduces',
  source: 'Source',
  moveRightPrompt:
    'Symbolic gestures feel good and change little. Next: tie it to how people are hired, measured or rewarded.',
  /** In a table row only the action of the prompt. */
  moveRightShort: 'Move it right: tie it to how people are hired, measured or rewarded.',
  moveItRight: 'Move it right',
  dotCount: (n: number) => (n === 1 ? '1 dot' : `${n} dots`),
  agreedAt: (position: number) => `${position} agreed`,
  roomMedian: (median: number) => `room’s median ${median}`,
  middleHalf: (from: number, to: number) => `middle half ${from}–${to}`,

  // Continuum chart
  axisLeft: '← feels good, changes little',
  axisRight: 'hard, lasting →',
  // Where an initiative came from
  burdens: { time: 'Time', worry: 'Worry', effort: 'Effort', money: 'Money' } satisfies Record<
    Burden,
    string
  >,
  journeyHotSpot: (burden: string, stage: string | null) =>
    stage ? `Journey hot spot: ${burden} at ${stage}` : `Journey hot spot: ${burden}`,
  pushPullSort: 'Push/pull card sort',
  pushPullCard: (title: string, place: string) => `Push/pull card: ${title} (${place} on the board)`,
  simplification: (decision: string) => `Simplification: ${decision}`,
  nowOnBoard: (place: string) => ` (now ${place} on the board)`,
  typedIn: 'Typed in',
  fromAnExercise: 'From an exercise',
  // Text alternatives of the charts
  continuumAlt: (items: string) =>
    `The continuum from symbolic (0) to substantive (100), left to right. ${items}.`,
  markerAgreed: ', agreed',
  markerMedian: ', the room’s median, not placed yet',
  trackMiddleHalf: (from: string, to: string) => `; the room’s middle half ${from}–${to}`,
  heatmapAlt: (max: number, stages: string) =>
    `Customer-burden heatmap, mean rating from 0 (none) to ${max} (a lot), stages in journey order. ${stages}.`,
  notRated: (burden: string) => `${burden} not rated`,
  scoreCounts: (list: string) => `How many rated each score: ${list}.`,
  voteSplit: (push: number, pull: number, unsure: number) =>
    `Room’s vote: ${push} push, ${pull} pull, ${unsure} unsure.`,
  positionAgreed: 'Position the team agreed',
  notPlacedMedian: 'Not placed yet: the room’s median vote',
  middleHalfOfVotes: 'Middle half of the room’s votes',

  // Exercises' sections
  ourDefinition: 'Our definition',
  customerCentricMeans: 'CUSTOMER-CENTRIC MEANS',
  itDoesNotMean: 'IT DOES NOT MEAN',
  draftNote:
    'The team has not merged its statements into a definition yet; these are the room’s top-voted statements.',
  centricityTitle: 'Centricity check, statements in the order asked',
  ratedEachStatement: (n: number) =>
    `${n} ${n === 1 ? 'participant' : 'participants'} rated each statement from 1 (not at all) to 5 (fully).`,
  comparedWith: (dates: string) => `Compared with ${dates}.`,
  noEarlier: 'No earlier workshop of this organisation to compare with.',
  /** The trend's point for a workshop without a date. */
  thisWorkshop: 'This workshop',
  statement: 'Statement',
  mean: 'Mean',
  spread: 'Spread',
  trend: 'Trend',
  change: 'Change',
  lastTime: 'Last time',
  departmentsIntro: (n: number) =>
    `Departments the room said have regular, direct contact with customers (${n} answered).`,
  whoTalks: 'Who talks with customers, most named first',
  meanOfRatings: 'Mean of the room’s ratings, 1 (not at all) to 5 (fully).',
  meanBesideLast:
    'Mean of the room’s ratings, 1 (not at all) to 5 (fully), beside the organisation’s last workshop.',
  centricityScores: 'Centricity scores, in the order asked',
  heatLegend: (max: number) =>
    `Darker is heavier: each cell is the room’s mean rating, 0 (no burden) to ${max} (a lot), and how many rated it; “—” where nobody did.`,
  hotSpots: 'Hot spots, heaviest first',
  noHotSpots: 'No stage was rated as a burden.',
  topHotSpots: 'Top burden hot spots, heaviest first',
  hotSpotsIntro: (max: number) => `Where customers carry the most, rated 0 (none) to ${max} (a lot).`,
  stage: 'Stage',
  burden: 'Burden',
  meanOf: (max: number) => `Mean of ${max}`,
  ratedBy: 'Rated by',
  people: (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`,
  rated: (n: number) => `${n} rated`,
  pushPullTitle: 'Product push or customer pull, cards in the order of the deck',
  pushPullIntro:
    'The team’s final call per card, beside the room’s vote: pushed by us (navy), pulled by customers (teal), unsure (grey); votes in the same order.',
  card: 'Card',
  decision: 'Decision',
  roomsVote: 'Room’s vote',
  votes: 'Votes',
  noVotes: 'No votes',
  simplifyTitle: 'Offering simplification, offerings in the order listed',
  simplifyIntro: 'Value to the customer and burden on the customer are the room’s mean ratings (1–5).',
  offering: 'Offering',
  value: 'Value',
  note: 'Note',
  failsBasics: 'Does not meet the basics, says the room',
  byTheRatings: 'by the ratings',
  byTheVotes: 'by the votes',
  contested: 'contested',
  simplifyDecisions: {
    keep: 'Keep',
    simplify: 'Simplify',
    retire: 'Retire',
    question: 'Question',
    unrated: 'Not rated yet',
  } satisfies Record<DecisionPlace, string>,
  pushPullPlaces: {
    push: 'Push',
    pull: 'Pull',
    contested: 'Contested',
    unsorted: 'Not voted yet',
  } satisfies Record<BoardPlace, string>,
  roomSuggested: (label: string) => `room: ${label}`,

  // Practice
  practiceNotice: 'Includes simulated practice answers — not the room’s votes.',
  practiceCover: (what: string) =>
    `Built in part on answers of simulated participants from the practice room: ${what}. Each is marked where it appears.`,
  practiceParts: {
    'centricity-check': 'the centricity check scores',
    'burden-journey': 'the customer-burden heatmap',
    definition: 'the draft definition',
    'push-pull': 'the push/pull votes',
    simplify: 'the simplification ratings',
    own: 'the answers to your own exercises',
    continuum: 'the placements on the continuum',
    initiatives: 'initiative positions and priorities from votes',
    quickQuestions: 'the answers to questions asked during the session',
  } satisfies Record<PlanPart, string>,
  and: 'and',

  // Quick questions
  cannotRead: 'This version cannot read this result.',
  nobodyAnswered: 'Nobody answered.',
  answer: 'Answer',
  givenBy: 'Given by',
  result: 'Result',
  more: (n: number) => `+ ${n} more, all in the results export (Export › Results).`,

  /** The quick question's line under its title: who answered, and how it was asked. */
  answeredOf: (n: number, of: number, kind: string) => `${n} of ${of} answered · ${kind}`,
  /** How a question's rows read: their order, and the figures of each row. */
  reading: {
    offered: 'Options in the order they were offered.',
    mostDots: 'Most dots first.',
    perQuestion: 'One line per question.',
    mostUpvoted: 'Most upvoted first.',
    cardsInOrder: 'Cards in the order of the deck, with how many put each in which category.',
    itemsInOrder: 'Items in the order they were listed, with the mean rating on each axis.',
    stagesInOrder: (max: number) => `Stages in journey order; mean burden from 0 (none) to ${max} (a lot).`,
    placedInOrder: 'Items in the order they were listed; positions from 0 (symbolic) to 100 (substantive).',
    picks: (n: number) => `${n} ${n === 1 ? 'pick' : 'picks'}`,
    voters: (n: number) => `${n} ${n === 1 ? 'voter' : 'voters'}`,
    dots: (n: number) => `${n} ${n === 1 ? 'dot' : 'dots'}`,
    upvotes: (n: number) => `${n} ${n === 1 ? 'upvote' : 'upvotes'}`,
    of: (n: number, of: number) => `${n} of ${of}`,
    shareOf: (percent: string, of: number) => `${percent} of ${of} who answered`,
    // A no-break space: a figure never starts a line away from its label.
    labelled: (label: string, value: string | number) => `${label}:\u00a0${value}`,
    leading: (category: string) => `leading: ${category}`,
    contested: 'contested',
    basics: (yes: number, no: number, unsure: number) =>
      `meets the basics: ${yes} yes, ${no} no, ${unsure} unsure`,
    failsBasics: 'fails the basics',
    placement: (median: string, from: string, to: string, band: string) =>
      `median ${median} · middle half ${from}–${to} · ${band}`,
    noRatings: 'no ratings',
    stats: (mean: string, median: string, spread: string) =>
      `mean ${mean} · median ${median} · standard deviation ${spread}`,
  },
  kinds: {
    'scale-poll': 'scale poll',
    'multiple-choice': 'multiple choice',
    'open-text': 'write and upvote',
    'dot-voting': 'dot voting',
    'card-classification': 'card sort',
    'two-axis-rating': 'two-axis rating',
    'journey-heatmap': 'journey heatmap',
    'continuum-placement': 'continuum placement',
  },
  exerciseTypes: {
    'centricity-check': 'Centricity check',
    definition: 'Definition',
    'burden-journey': 'Burden journey',
    'push-pull': 'Push or pull card sort',
    simplify: 'Offering simplification',
    'action-plan': 'Continuum action plan',
    own: 'Own exercise',
  },
  csv,
};

export type PlanWords = typeof en;
