import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnswer } from './check';
import { dotVoting, tallyDotVoting, type DotVotingConfig } from './dotVoting';
import type { StoredAnswer } from './kind';
import { answer, participantIds, withShuffle, answersArb } from './testArbitraries';

const config: DotVotingConfig = {
  options: [
    { id: 'a', label: 'Customer days for IT' },
    { id: 'b', label: 'Simpler contracts' },
    { id: 'c', label: 'New slogan' },
  ],
  dots: 3,
};
const optionIds = config.options.map((o) => o.id);

/** Runs attempts through checkAnswer like the hub does, storing only what was accepted. */
function accept(cfg: DotVotingConfig, attempts: ReadonlyArray<StoredAnswer<number>>) {
  const stored = new Map<string, StoredAnswer<number>>();
  for (const attempt of attempts) {
    const mine = [...stored.values()].filter((a) => a.participantId === attempt.participantId);
    const checked = checkAnswer(dotVoting, cfg, mine, attempt.itemId, attempt.value);
    if (checked.ok)
      stored.set(`${attempt.participantId}|${attempt.itemId}`, { ...attempt, value: checked.value });
  }
  return [...stored.values()];
}

describe('dot voting', () => {
  it('never lets a participant spend more dots than they have', () => {
    fc.assert(
      fc.property(answersArb(optionIds, fc.integer({ min: -1, max: 4 }), 60), (attempts) => {
        const stored = accept(config, attempts);
        for (const p of participantIds) {
          const spent = stored.filter((a) => a.participantId === p).reduce((sum, a) => sum + a.value, 0);
          expect(spent).toBeLessThanOrEqual(config.dots);
        }
        const result = tallyDotVoting(config, stored);
        expect(result.dotsUsed).toBeLessThanOrEqual(config.dots * result.participants);
        expect(result.ranking.reduce((sum, o) => sum + o.dots, 0)).toBe(result.dotsUsed);
      }),
    );
  });

  it('ranks by dots and does not depend on answer order', () => {
    fc.assert(
      fc.property(withShuffle(answersArb(optionIds, fc.integer({ min: 0, max: 3 }))), ([a, b]) => {
        const result = tallyDotVoting(config, a);
        expect(tallyDotVoting(config, b)).toEqual(result);
        for (let i = 1; i < result.ranking.length; i++) {
          expect(result.ranking[i - 1]!.dots).toBeGreaterThanOrEqual(result.ranking[i]!.dots);
        }
        expect(result.ranking.map((o) => o.id).sort()).toEqual([...optionIds].sort());
      }),
    );
  });

  it('explains a refused vote in dots', () => {
    const mine = [answer('p', 'a', 2), answer('p', 'b', 1)];
    expect(checkAnswer(dotVoting, config, mine, 'c', 1)).toMatchObject({
      ok: false,
      reason: 'You have 3 dots; this would use 4. Take dots off another option first.',
      rejection: 'dot-budget',
      limit: 3,
    });
    // Moving a dot from b to a replaces the answer for a: 3 + 0 is within the limit.
    expect(checkAnswer(dotVoting, config, mine, 'a', 2)).toEqual({ ok: true, value: 2 });
    expect(checkAnswer(dotVoting, config, mine, 'a', 3).ok).toBe(false);
    expect(checkAnswer(dotVoting, config, mine, 'c', 0)).toEqual({ ok: true, value: 0 });
    expect(checkAnswer(dotVoting, { ...config, maxPerOption: 1 }, [], 'a', 2)).toMatchObject({
      ok: false,
      reason: 'At most 1 dot on one option.',
      rejection: 'invalid',
    });
    expect(checkAnswer(dotVoting, config, [], 'a', -1).ok).toBe(false);
  });

  it('keeps config order for ties and counts voters, ignoring zero dots', () => {
    const result = tallyDotVoting(config, [
      answer('p', 'c', 2),
      answer('q', 'c', 1),
      answer('q', 'b', 0),
      answer('r', 'a', 1),
      answer('r', 'b', 1),
    ]);
    expect(result.ranking).toEqual([
      { id: 'c', dots: 3, voters: 2 },
      { id: 'a', dots: 1, voters: 1 },
      { id: 'b', dots: 1, voters: 1 },
    ]);
    expect(result.participants).toBe(3);
    expect(result.dotsUsed).toBe(5);
  });

  it('shows every option with zero dots before anyone votes', () => {
    const empty = tallyDotVoting(config, []);
    expect(empty).toEqual({
      ranking: optionIds.map((id) => ({ id, dots: 0, voters: 0 })),
      participants: 0,
      dotsUsed: 0,
    });
    expect(dotVoting.resultSchema.parse(empty)).toEqual(empty);
  });
});
