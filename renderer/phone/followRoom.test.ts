import { describe, expect, it, vi } from 'vitest';
import type { PendingAnswer } from '../ui/hub/answerQueue';
import { followUrl, readCarried, takeCarried } from './followRoom';

const me = { participantId: 'k3v9q0w2m5x8a1b4', secret: 'Zx_9-aQ3rT8uV1wY2bC4dE5f' };
const unsent = (clientAnswerId: string, value: unknown = 4): PendingAnswer => ({
  clientAnswerId,
  activityId: 'check:q',
  itemId: 'q1',
  value,
  madeAt: 1_700_000_000_000,
});
const HERE = 'http://192.168.1.5:4873';

describe('followUrl', () => {
  it('goes to the new address with who we are and what is unsent in the fragment', () => {
    const url = followUrl('http://10.0.0.7:4873/j/ABCDE', 'ABCDE', HERE, me, [unsent('a1')]);
    expect(url).not.toBeNull();
    const parsed = new URL(url!);
    expect(`${parsed.origin}${parsed.pathname}`).toBe('http://10.0.0.7:4873/j/ABCDE');
    // Nothing in the query: only the fragment stays on the phone.
    expect(parsed.search).toBe('');
    expect(parsed.hash.startsWith(`#resume=${me.participantId}.${me.secret}&answers=`)).toBe(true);
    expect(readCarried(parsed.hash)).toEqual({ identity: me, answers: [unsent('a1')] });
  });

  it('leaves out the answers part when nothing is unsent, and the fragment without an identity', () => {
    expect(followUrl('http://10.0.0.7:4873/j/ABCDE', 'ABCDE', HERE, me, [])).toBe(
      `http://10.0.0.7:4873/j/ABCDE#resume=${me.participantId}.${me.secret}`,
    );
    expect(followUrl('http://10.0.0.7:4873/j/ABCDE', 'ABCDE', HERE, null, [unsent('a1')])).toBe(
      'http://10.0.0.7:4873/j/ABCDE',
    );
  });

  it('follows only to this session’s join page on another http(s) address', () => {
    for (const joinUrl of [
      'http://10.0.0.7:4873/j/ZZZZZ', // another session
      'http://10.0.0.7:4873/projector',
      'http://10.0.0.7:4873/j/ABCDE?x=1',
      'http://10.0.0.7:4873/j/ABCDE#elsewhere',
      'http://someone:pw@10.0.0.7:4873/j/ABCDE',
      'javascript:alert(1)//j/ABCDE',
      'file:///j/ABCDE',
      `${HERE}/j/ABCDE`, // where we are already
      'not a url',
    ]) {
      expect(followUrl(joinUrl, 'ABCDE', HERE, me, []), joinUrl).toBeNull();
    }
  });

  it('leaves the oldest unsent answers behind when they would make the address too long', () => {
    const long = 'x'.repeat(3000);
    const answers = Array.from({ length: 10 }, (_, i) => ({ ...unsent(`a${i}`, long), itemId: `q${i}` }));
    const url = followUrl('http://10.0.0.7:4873/j/ABCDE', 'ABCDE', HERE, me, answers)!;
    expect(url.length).toBeLessThan(17_000);
    const carried = readCarried(new URL(url).hash)!;
    expect(carried.identity).toEqual(me);
    const kept = carried.answers.map((a) => a.clientAnswerId);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(10);
    expect(kept.at(-1)).toBe('a9');
  });
});

describe('readCarried', () => {
  const valid = `#resume=${me.participantId}.${me.secret}`;

  it('reads the identity, and keeps answers with any JSON value', () => {
    expect(readCarried(valid)).toEqual({ identity: me, answers: [] });
    const answers = [unsent('a1', { x: 0.3, y: 'é & = #' })];
    expect(readCarried(`${valid}&answers=${encodeURIComponent(JSON.stringify(answers))}`)).toEqual({
      identity: me,
      answers,
    });
  });

  it('ignores anything malformed, whole', () => {
    const answers = (list: unknown) => `${valid}&answers=${encodeURIComponent(JSON.stringify(list))}`;
    for (const hash of [
      '',
      '#',
      '#/w/1',
      '#resume=',
      `#resume=${me.participantId}`,
      `#resume=${me.participantId}.`,
      `#resume=.${me.secret}`,
      `#resume=${me.participantId}.${me.secret}.extra`,
      `#resume=${me.participantId}.se cret`,
      `#resume=${'a'.repeat(65)}.${me.secret}`,
      `#resume=<script>.${me.secret}`,
      `${valid}&resume=${me.participantId}.${me.secret}`,
      `${valid}&token=abc`,
      `${valid}&answers`,
      `${valid}&answers=%E0%A4%A`,
      `${valid}&answers=not-json`,
      answers({ clientAnswerId: 'a1' }),
      answers([{ clientAnswerId: 'a1', activityId: 'check:q', itemId: 'q1' }]),
      answers([{ ...unsent('a1'), madeAt: 'yesterday' }]),
      answers([{ ...unsent('a'.repeat(65)) }]),
      answers(Array.from({ length: 101 }, (_, i) => unsent(`a${i}`))),
    ]) {
      expect(readCarried(hash), hash).toBeNull();
    }
  });
});

describe('takeCarried', () => {
  const location = (hash: string) => ({ hash, pathname: '/j/ABCDE', search: '' });

  it('takes the identity out of the address bar', () => {
    const history = { state: null, replaceState: vi.fn() };
    const carried = takeCarried(location(`#resume=${me.participantId}.${me.secret}`), history);
    expect(carried?.identity).toEqual(me);
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/j/ABCDE');
  });

  it('takes a malformed one out too and joins fresh; other fragments are not its business', () => {
    const history = { state: null, replaceState: vi.fn() };
    expect(takeCarried(location('#resume=nonsense'), history)).toBeNull();
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/j/ABCDE');
    history.replaceState.mockClear();
    expect(takeCarried(location('#top'), history)).toBeNull();
    expect(history.replaceState).not.toHaveBeenCalled();
  });
});
