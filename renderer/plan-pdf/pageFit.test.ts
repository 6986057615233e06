import { describe, expect, it } from 'vitest';
import { packFlow, type FlowBlock } from './pageFit';

const block = (key: string, height: number, extra: Partial<FlowBlock<string>> = {}): FlowBlock<string> => ({
  key,
  height,
  node: key,
  ...extra,
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

  it('keeps a chain of headings with the first block after them', () => {
    const pages = packFlow(
      [
        block('x', 40),
        block('group', 20, { keepWithNext: true }),
        block('th', 10, { keepWithNext: true }),
        block('row', 40),
      ],
      100,
    );
    expect(pages.map((p) => p.map((b) => b.key))).toEqual([['x'], ['group', 'th', 'row']]);
  });

  it('repeats a table’s header on a page that starts inside the table', () => {
    const header = block('th', 10);
    const rows = [header, ...[1, 2, 3, 4].map((n) => block(`r${n}`, 40, { header }))];
    const pages = packFlow(rows, 100);
    expect(pages.map((p) => p.map((b) => b.key))).toEqual([
      ['th', 'r1', 'r2'],
      ['th-1', 'r3', 'r4'],
    ]);
  });

  it('gives the last row of a table a companion rather than a page to itself', () => {
    const header = block('th', 10);
    const rows = [header, ...[1, 2, 3, 4].map((n) => block(`r${n}`, 30, { header }))];
    const pages = packFlow(rows, 100);
    expect(pages.map((p) => p.map((b) => b.key))).toEqual([
      ['th', 'r1', 'r2'],
      ['th-1', 'r3', 'r4'],
    ]);
  });

  it('brings a table row and its header to a closing note left alone on the last page', () => {
    const header = block('th', 10);
    const rows = [header, ...[1, 2, 3].map((n) => block(`r${n}`, 30, { header })), block('legend', 15)];
    const pages = packFlow(rows, 100);
    expect(pages.map((p) => p.map((b) => b.key))).toEqual([
      ['th', 'r1', 'r2'],
      ['th-1', 'r3', 'legend'],
    ]);
  });

  it('never starts a page with a table’s last row alone, when more follows the table', () => {
    const header = block('th', 10);
    const rows = [header, ...[1, 2, 3].map((n) => block(`r${n}`, 32, { header }))];
    const next = block('next', 10, { keepWithNext: true });
    const pages = packFlow([...rows, next, block('after', 10)], 100);
    expect(pages.map((p) => p.map((b) => b.key))).toEqual([
      ['th', 'r1'],
      ['th-1', 'r2', 'r3', 'next', 'after'],
    ]);
  });

  it('leaves a two-row table that breaks alone: its first row keeps its header company', () => {
    const header = block('th', 10);
    const rows = [block('x', 30), header, block('r1', 30, { header }), block('r2', 32, { header })];
    const pages = packFlow([...rows, block('after', 10)], 100);
    expect(pages.map((p) => p.map((b) => b.key))).toEqual([
      ['x', 'th', 'r1'],
      ['th-1', 'r2', 'after'],
    ]);
  });

  it('leaves a page alone when the one before cannot spare a block', () => {
    const pages = packFlow([block('h', 20, { keepWithNext: true }), block('a', 70), block('b', 60)], 100);
    expect(pages.map((p) => p.map((b) => b.key))).toEqual([['h', 'a'], ['b']]);
  });

  it('puts a block taller than a page on a page of its own rather than dropping it', () => {
    const pages = packFlow([block('a', 10), block('huge', 500), block('b', 10)], 100);
    expect(pages.map((p) => p.map((b) => b.key))).toEqual([['a'], ['huge'], ['b']]);
  });
});
