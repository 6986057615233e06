/** One line of the summary: an activity as a whole, or one of its items (question, card, cell…). */
export interface SummaryRow {
  exercise: string;
  activity: string;
  item: string;
  /** N of "N of M": participants who answered this item (for the whole activity, who answered any). */
  answers: number | null;
  /** M of "N of M": participants in the session when the activity closed. */
  participants: number | null;
  mean: number | null;
  median: number | null;
  spread: number | null;
  /** What `spread` measures, so nobody compares a standard deviation with a middle half. */
  spreadIs: string;
  /** A sum the kind counts: dots, upvotes. */
  total: number | null;
  /** Counts per option or column, and other details the console shows, in words. */
  details: string;
  /** Participants of the console's practice room among those who answered (activity rows only). */
  practice: number | null;
}

/** One answer as given: who (anonymous number), to what, what, when, and whether it was practice. */
export interface AnswerRow {
  participant: number;
  item: string;
  value: string | number;
  /** Hub time (ms). */
  at: number;
  practice: boolean;
}

/** Every answer of one activity. */
export interface ActivityAnswers {
  activityId: string;
  exercise: string;
  activity: string;
  kind: string;
  /** False when the workshop file kept only the tally (older files, very large activities). */
  kept: boolean;
  rows: AnswerRow[];
}

export interface ResultsBook {
  workshopName: string;
  date: string;
  /** The language of its words: the plan's for the workshop (English for an Arabic one). */
  language: string;
  summary: SummaryRow[];
  activities: ActivityAnswers[];
}
