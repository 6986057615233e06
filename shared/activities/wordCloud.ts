import type { RankedStatement } from './openText';

/** Words that say nothing about the room's view, by language (the workshop's language picks one). */
const STOP_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(
    `a about above after again all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further get gets had
    has have having he her here hers him his how i if in into is it its itself just let me more most
    much my no nor not now of off on once only or other our ours out over own same she should so some
    such than that the their theirs them then there these they this those through to too under until
    up us very was we were what when where which while who whom why will with would you your yours
    really make makes made want wants way ways thing things every always never one ones something
    customer customers customer-centric means mean`.split(/\s+/),
  ),
};

export interface CloudWord {
  word: string;
  /** Statements using the word, each counted once plus its upvotes. */
  weight: number;
  /** Share of the heaviest word's weight, 0..1, for sizing. */
  scale: number;
}

/** Letters and digits of any script, with inner hyphens and apostrophes (don't, self-service). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * The words of the statements, weighted by how many statements use them and how much the room
 * upvoted those: the heaviest `limit`, heaviest first (ties alphabetical). Stop words of the
 * language, numbers and one-letter words are left out; the exercise's own words too.
 */
export function wordCloud(statements: readonly RankedStatement[], language = 'en', limit = 28): CloudWord[] {
  const stop = STOP_WORDS[language] ?? STOP_WORDS.en!;
  const weights = new Map<string, number>();
  for (const statement of statements) {
    const seen = new Set<string>();
    for (const match of statement.text.normalize('NFC').toLocaleLowerCase(language).matchAll(WORD)) {
      // "customer's" is the word "customer".
      const word = match[0].replace(/’/g, "'").replace(/'s$/, '');
      if (word.length < 2 || /^\p{N}+$/u.test(word) || stop.has(word) || seen.has(word)) continue;
      seen.add(word);
      weights.set(word, (weights.get(word) ?? 0) + 1 + statement.upvotes);
    }
  }
  const ranked = [...weights]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], language))
    .slice(0, limit);
  const top = ranked[0]?.[1] ?? 1;
  return ranked.map(([word, weight]) => ({ word, weight, scale: weight / top }));
}
