import { describe, expect, it } from 'vitest';
import { Autosave, type SaveStatus } from './autosave';

/** A store whose writes finish when the test says, in the order they were started. */
function slowStore() {
  const committed: string[] = [];
  const started: Array<{ value: string; commit: () => void; fail: (error: Error) => void }> = [];
  const write = (value: string) =>
    new Promise<void>((resolve, reject) => {
      started.push({
        value,
        commit: () => {
          committed.push(value);
          resolve();
        },
        fail: reject,
      });
    });
  return { committed, started, write };
}

/** Every status the saver went through, as the words the console shows. */
function watch(saver: Autosave<string>) {
  const seen: string[] = [];
  const words = (s: SaveStatus) => (s.state === 'failed' ? `failed: ${(s.error as Error).message}` : s.state);
  saver.subscribe(() => seen.push(words(saver.status())));
  return seen;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('autosave', () => {
  it('says saved only once the last queued write has committed', async () => {
    const store = slowStore();
    const saver = new Autosave(store.write);
    const seen = watch(saver);
    expect(saver.status().state).toBe('saved');

    saver.save('a');
    saver.save('ab'); // faster than one write
    expect(store.started.map((w) => w.value)).toEqual(['a']);
    store.started[0]!.commit();
    await tick();
    // The first write committed, the second is in flight: still saving.
    expect(saver.status().state).toBe('saving');
    expect(store.started.map((w) => w.value)).toEqual(['a', 'ab']);
    store.started[1]!.commit();
    await saver.idle();
    expect(saver.status().state).toBe('saved');
    expect(store.committed).toEqual(['a', 'ab']);
    expect(seen).toEqual(['saving', 'saved']);
  });

  it('writes in order and skips values a newer one replaces while a write is in flight', async () => {
    const store = slowStore();
    const saver = new Autosave(store.write);
    saver.save('1');
    saver.save('12');
    saver.save('123');
    store.started[0]!.commit();
    await tick();
    store.started[1]!.commit();
    await saver.idle();
    expect(store.committed).toEqual(['1', '123']);
  });

  it('ends a failed save on failed, and retries the newest value', async () => {
    const store = slowStore();
    const saver = new Autosave(store.write);
    const seen = watch(saver);
    saver.save('a');
    store.started[0]!.fail(new Error('disk full'));
    await saver.idle();
    expect(saver.status()).toMatchObject({ state: 'failed' });
    saver.retry();
    expect(store.started.map((w) => w.value)).toEqual(['a', 'a']);
    store.started[1]!.commit();
    await saver.idle();
    expect(seen).toEqual(['saving', 'failed: disk full', 'saving', 'saved']);
    expect(store.committed).toEqual(['a']);
  });

  it('never says saved when the last write failed, even if an earlier one committed', async () => {
    const store = slowStore();
    const saver = new Autosave(store.write);
    const seen = watch(saver);
    saver.save('a');
    saver.save('ab');
    store.started[0]!.commit();
    await tick();
    store.started[1]!.fail(new Error('quota'));
    await saver.idle();
    expect(seen).toEqual(['saving', 'failed: quota']);
    expect(store.committed).toEqual(['a']);
  });

  it('is saved again when a later write of the whole document commits after a failure', async () => {
    const store = slowStore();
    const saver = new Autosave(store.write);
    const seen = watch(saver);
    saver.save('a');
    saver.save('ab');
    store.started[0]!.fail(new Error('busy'));
    await tick();
    expect(saver.status().state).toBe('saving');
    store.started[1]!.commit();
    await saver.idle();
    expect(seen).toEqual(['saving', 'saved']);
    expect(store.committed).toEqual(['ab']);
  });

  it('counts a write that throws at once as failed', async () => {
    const saver = new Autosave<string>(() => {
      throw new Error('invalid workshop');
    });
    saver.save('a');
    await saver.idle();
    expect(saver.status()).toMatchObject({ state: 'failed' });
  });

  it('retries nothing while saved or while a write is under way', async () => {
    const store = slowStore();
    const saver = new Autosave(store.write);
    saver.retry();
    expect(store.started).toHaveLength(0);
    saver.save('a');
    saver.retry();
    expect(store.started).toHaveLength(1);
    store.started[0]!.commit();
    await saver.idle();
    expect(saver.status().state).toBe('saved');
  });
});
