import { describe, expect, it } from 'vitest';
import { wordCloud } from './wordCloud';

const s = (text: string, upvotes = 0, id = text) => ({ id, text, upvotes });

describe('wordCloud', () => {
  it('weighs each word by the statements using it and their upvotes, without stop words', () => {
    const cloud = wordCloud([
      s('We listen to the customer first', 3),
      s('Listen before we build', 0),
      s('Build what they ask for, listen listen', 1),
    ]);
    expect(cloud.map((w) => [w.word, w.weight])).toEqual(
      [
        ['listen', 4 + 1 + 2],
        ['build', 1 + 2],
        ['ask', 2],
        ['first', 4],
      ].sort((a, b) => (b[1] as number) - (a[1] as number) || String(a[0]).localeCompare(String(b[0]))),
    );
    expect(cloud[0]!.scale).toBe(1);
    expect(cloud.find((w) => w.word === 'ask')!.scale).toBeCloseTo(2 / 7);
  });

  it('keeps words of any script and hyphenated words, drops numbers and single letters', () => {
    const cloud = wordCloud([s('Self-service 24 x Kundennähe zählt'), s('Don’t upsell')]);
    expect(cloud.map((w) => w.word).sort()).toEqual([
      "don't",
      'kundennähe',
      'self-service',
      'upsell',
      'zählt',
    ]);
  });

  it('keeps the heaviest words only', () => {
    const many = Array.from({ length: 60 }, (_, i) => s(`word${String.fromCharCode(97 + (i % 26))}${i}`, i));
    const cloud = wordCloud(many, 'en', 10);
    expect(cloud).toHaveLength(10);
    expect(cloud[0]!.weight).toBe(60);
  });

  it('is empty for no statements', () => {
    expect(wordCloud([])).toEqual([]);
  });
});
