import { describe, expect, it } from 'vitest';
import { AnswerQueue, type QueueStorage } from './answerQueue';

function memoryStorage(): QueueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const answer = (clientAnswerId: string, itemId = 'q1', value: unknown = 3) => ({
  clientAnswerId,
  activityId: 'a1',
  itemId,
  value,
  madeAt: 1000,
});

describe('AnswerQueue', () => {
  it('keeps only the latest pending answer per item', () => {
    const queue = new AnswerQueue(null, 'k');
    queue.add(answer('c1', 'q1', 2));
    queue.add(answer('c2', 'q2', 5));
    queue.add(answer('c3', 'q1', 4));
    expect(queue.list().map((a) => [a.clientAnswerId, a.value])).toEqual([
      ['c2', 5],
      ['c3', 4],
    ]);
    expect(queue.pendingFor('a1', 'q1')?.value).toBe(4);
  });

  it('drops an answer once the hub settles it, and ignores unknown ids', () => {
    const queue = new AnswerQueue(null, 'k');
    queue.add(answer('c1'));
    expect(queue.settle('nope')).toBeUndefined();
    expect(queue.settle('c1')?.clientAnswerId).toBe('c1');
    expect(queue.list()).toEqual([]);
  });

  it('survives a page reload through storage', () => {
    const storage = memoryStorage();
    const before = new AnswerQueue(storage, 'queue:ABCD');
    before.add(answer('c1', 'q1', 3));
    before.add(answer('c2', 'q2', 1));
    before.settle('c1');

    const after = new AnswerQueue(storage, 'queue:ABCD');
    expect(after.list()).toEqual([answer('c2', 'q2', 1)]);
    after.settle('c2');
    expect(storage.data.has('queue:ABCD')).toBe(false);
  });

  it('starts empty when stored data is corrupt, and skips malformed entries', () => {
    const storage = memoryStorage();
    storage.setItem('bad', '{not json');
    expect(new AnswerQueue(storage, 'bad').list()).toEqual([]);
    storage.setItem('mixed', JSON.stringify([answer('ok'), { clientAnswerId: 7 }, null]));
    expect(new AnswerQueue(storage, 'mixed').list().map((a) => a.clientAnswerId)).toEqual(['ok']);
  });

  it('keeps working in memory when storage throws (quota, private mode)', () => {
    const storage: QueueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const queue = new AnswerQueue(storage, 'k');
    queue.add(answer('c1'));
    expect(queue.list()).toHaveLength(1);
  });
});
