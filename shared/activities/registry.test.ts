import { describe, expect, it } from 'vitest';
import { ACTIVITY_KIND_IDS, ACTIVITY_KINDS, kindOf, parseResult } from './registry';
import { tallyScalePoll } from './scalePoll';

describe('activity kind registry', () => {
  it('files every kind under its own id', () => {
    expect(ACTIVITY_KIND_IDS).toHaveLength(8);
    for (const id of ACTIVITY_KIND_IDS) {
      expect(ACTIVITY_KINDS[id].kind).toBe(id);
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  it('gives every kind a label of its own, in lower case as Run live writes it', () => {
    const labels = ACTIVITY_KIND_IDS.map((id) => ACTIVITY_KINDS[id].label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label).toMatch(/^[a-z][a-z -]+$/);
    expect(kindOf('card-classification').label).toBe('card sort');
  });

  it('shows phones the live tally only of open text, whose statements they upvote', () => {
    expect(ACTIVITY_KIND_IDS.filter((id) => ACTIVITY_KINDS[id].publicTally)).toEqual(['open-text']);
  });

  it('returns undefined for a kind it does not know', () => {
    expect(kindOf('scale-poll')).toBe(ACTIVITY_KINDS['scale-poll']);
    expect(kindOf('laser-tag')).toBeUndefined();
    expect(kindOf('toString')).toBeUndefined();
  });

  it('reads a stored result back and refuses a damaged one', () => {
    const config = { items: [{ id: 'q', label: 'Q' }], min: 1 as const, max: 5 as const };
    const result = tallyScalePoll(config, [{ participantId: 'p', itemId: 'q', value: 4, at: 1 }]);
    const fromFile = JSON.parse(JSON.stringify(result));
    expect(parseResult('scale-poll', fromFile)).toEqual(result);
    expect(parseResult('scale-poll', { items: 'broken' })).toBeNull();
    expect(parseResult('laser-tag', fromFile)).toBeNull();
  });
});
