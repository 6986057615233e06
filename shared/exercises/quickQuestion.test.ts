import { describe, expect, it } from 'vitest';
import { kindOf } from '../activities/registry';
import { QUICK_KINDS, quickQuestion } from './quickQuestion';

describe('quickQuestion', () => {
  it('makes every kind a live activity its kind accepts, outside any exercise', () => {
    for (const kind of QUICK_KINDS) {
      const made = quickQuestion(kind, '  Meet again in a month? ', ['Yes', '', 'No'], 'quick:a');
      expect(made.ok, kind).toBe(true);
      if (!made.ok) continue;
      expect(made.spec).toMatchObject({
        id: 'quick:a',
        exerciseId: 'quick',
        title: 'Meet again in a month?',
      });
      expect(kindOf(made.spec.kind)!.configSchema.safeParse(made.spec.config).success).toBe(true);
    }
  });

  it('says what is missing: the question, or two options', () => {
    expect(quickQuestion('scale', ' ', [])).toEqual({ ok: false, reason: 'Type the question first.' });
    expect(quickQuestion('single', 'Which?', ['Only one'])).toEqual({
      ok: false,
      reason: 'Give at least two options, one per line.',
    });
  });
});
