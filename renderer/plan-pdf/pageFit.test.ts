import { describe, expect, it } from 'vitest';
import { estimateLines, packFlow, type FlowBlock } from './pageFit';

const block = (key: string, height: number, extra: Partial<FlowBlock<string>> = {}): FlowBlock<string> => ({
  key,
  height,
  node: key,
  ...extra,
});

describe('estimateLines', () => {
  it('wraps at word boundaries using the font’s widths', () => {
    // 30 × "w" is about 24.5 em: at 10 pt that is 245 pt.
    expect(estimateLines('w'.repeat(30), 10, 250)).toBe(1);
    expect(estimateLines('iiii iiii iiii', 10, 20)).toBe(3);
    expect(estimateLines('iiii iiii iiii', 10, 30)).toBe(2);
    expect(estimateLines('one\ntwo\n\nfour', 9, 400)).toBe(4);
    expect(estimateLines('', 9, 100)).toBe(0);
  });

  it('counts bold and CJK text as wider', () => {
    const text = 'Customer panel reviews every new tariff';
    expect(estimateLines(text, 9, 160, true)).toBeGreaterThanOrEqual(estimateLines(text, 9, 160));
    expect(estimateLines('顧客の声を毎週聞く顧客の声を毎週聞く', 10, 100)).toBe(2);
  });
});

describe('packFlow', () => {
  it('fills pages in order and starts a new page when the next block does not fit', () => {
    const pages = packFlow([block('a', 40), block('b', 50), block('c', 30)], 100);
    expect(pages.map((p) => p.map((b) => b.key))).toEqual([['a', 'b'], ['c']]);
  });

  it('keeps a heading with the block after it and gives the first page less room', () => {
    const pages = packFlow([block('x', 50), block('h', 20, { keepWithNext: true }), block('y', 40)], 100, 80);
    expect(pages.map((p) => p.map((b) => b.key))).toEqual([['x'], ['h', 'y']]);
  });

  it('repeats a table’s header on a page that starts inside the table', () => {
    const header = block('th', 10);
    const rows = [header, ...[1, 2, 3].map((n) => block(`r${n}`, 40, { header }))];
    const pages = packFlow(rows, 100);
    expect(pages.map((p) => p.map((b) => b.key))).toEqual([
      ['th', 'r1', 'r2'],
      ['th-1', 'r3'],
    ]);
  });

  it('puts a block taller than a page on a page of its own rather than dropping it', () => {
    const pages = packFlow([block('a', 10), block('huge', 500), block('b', 10)], 100);
    expect(pages.map((p) => p.map((b) => b.key))).toEqual([['a'], ['huge'], ['b']]);
  });
});
