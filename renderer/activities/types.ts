/** What the phone knows about one of its own answers. */
export type AnswerStatus =
  | { state: 'sending' }
  /** Given while offline: kept on the phone, sent on reconnect. */
  | { state: 'queued' }
  /** The hub acknowledged it: it is on disk. */
  | { state: 'received' }
  | { state: 'rejected'; reason: string };

export interface MyAnswer<Value> {
  value: Value;
  status: AnswerStatus;
}

/** Phone: the participant's input for one activity. */
export interface InputProps<Config, Value> {
  config: Config;
  /** This participant's latest answer per item id (received or still pending). */
  answers: Readonly<Record<string, MyAnswer<Value>>>;
  /** False once answers are closed: show the answers, disable the controls. */
  open: boolean;
  onAnswer: (itemId: string, value: Value) => void;
  /** What the hub shares with participants while open (a page of others' statements to upvote); kind-specific. */
  shared?: unknown;
  /** Asks the hub for another page of what it shares. */
  onPage?: (page: number) => void;
}

/** Projector: the live view once results are revealed. Big type comes from the surface's font-size (views use em). */
export interface LiveProps<Config, Result> {
  config: Config;
  result: Result;
  participants: number;
  answered: number;
  /** The facilitator's choice for a long result: which page, or a word cloud (kinds that have one). */
  display?: { page: number; cloud: boolean };
}

/** Console: the result of an activity, live or closed. */
export interface ResultProps<Config, Result> {
  config: Config;
  result: Result;
  participants: number;
  answered: number;
}
