import type { OpenTextConfig } from './openText';

/*
 * No zod here: the phone's open-text input imports this, and the phone bundle must stay small.
 */

/** How an open-text activity names what participants write ("2 of 3 cards proposed"). */
export interface OpenTextWording {
  /** One of them: "statement", "card". */
  one: string;
  /** Several: "statements", "cards". */
  many: string;
  /** What participants did to them, for "2 of 3 statements written": "written", "proposed". */
  written: string;
  /** The empty input's hint: "Write a statement…", "Name a card…". */
  placeholder: string;
}

export const STATEMENT_WORDING: OpenTextWording = {
  one: 'statement',
  many: 'statements',
  written: 'written',
  placeholder: 'Write a statement…',
};

/** The activity's own words, or statements when it has none (configs made before wording existed). */
export const wordingOf = (config: Pick<OpenTextConfig, 'wording'>): OpenTextWording =>
  config.wording ?? STATEMENT_WORDING;

/**
 * "1 card", "3 cards": the singular where the locale's plural rule says one (French 0 and 1, English
 * 1 alone), else the plural, which is all the two forms of a wording can say.
 */
export const countOf = (n: number, wording: OpenTextWording, locale = 'en') =>
  `${n.toLocaleString(locale)} ${new Intl.PluralRules(locale).select(n) === 'one' ? wording.one : wording.many}`;
