import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnswer } from './check';
import {
  CHOICE_ITEM,
  multipleChoice,
  tallyMultipleChoice,
  type MultipleChoiceConfig,
} from './multipleChoice';
import { answer, answersArb, asStored, withShuffle } from './testArbitraries';

const options = [
  { id: 'it', label: 'IT' },
  { id: 'hr', label: 'HR' },
  { id: 'sales', label: 'Sales' },
];
const single: MultipleChoiceConfig = { options, multi: false };
const multi: MultipleChoiceConfig = { options, multi: true };
const ids = options.map((o) => o.id);
const multiAnswers = answersArb([CHOICE_ITEM], fc.subarray(ids));

describe('multiple choice tally', () => {
  it('counts each respondent once per ticked option, whatever the order', () => {
    fc.assert(
      fc.property(withShuffle(multiAnswers), ([raw, shuffled]) => {
        const stored = asStored(raw);
        const result = tallyMultipleChoice(multi, stored);
        expect(result.respondents).toBe(stored.length);
        const ticks = stored.reduce((sum, a) => sum + a.value.length, 0);
        expect(result.options.reduce((sum, o) => sum + o.count, 0)).toBe(ticks);
        for (const o of result.options) expect(o.count).toBeLessThanOrEqual(result.respondents);
        expect(tallyMultipleChoice(multi, shuffled)).toEqual(tallyMultipleChoice(multi, raw));
      }),
    );
  });

  it('single choice: counts sum to the number of respondents', () => {
    fc.assert(
      fc.property(answersArb([CHOICE_ITEM], fc.constantFrom(...ids)), (raw) => {
        const result = tallyMultipleChoice(single, raw);
        expect(result.options.reduce((sum, o) => sum + o.count, 0)).toBe(result.respondents);
        expect(result.respondents).toBe(new Set(raw.map((a) => a.participantId)).size);
      }),
    );
  });

  it('counts a changed mind once', () => {
    const result = tallyMultipleChoice(multi, [
      answer('a', CHOICE_ITEM, ['it', 'hr'], 1),
      answer('a', CHOICE_ITEM, ['sales'], 2),
    ]);
    expect(result.options.map((o) => o.count)).toEqual([0, 0, 1]);
    expect(result.respondents).toBe(1);
  });

  it('counts "none of these" as a respondent and gives shares of 0 with no answers', () => {
    expect(tallyMultipleChoice(multi, [answer('a', CHOICE_ITEM, [])])).toMatchObject({ respondents: 1 });
    const empty = tallyMultipleChoice(multi, []);
    expect(empty.options).toEqual(options.map((o) => ({ id: o.id, count: 0, share: 0 })));
    expect(multipleChoice.resultSchema.parse(empty)).toEqual(empty);
  });
});

describe('multiple choice answers', () => {
  it('takes one option id for single choice', () => {
    expect(checkAnswer(multipleChoice, single, [], CHOICE_ITEM, 'hr')).toEqual({ ok: true, value: 'hr' });
    expect(checkAnswer(multipleChoice, single, [], CHOICE_ITEM, ['hr']).ok).toBe(false);
    expect(checkAnswer(multipleChoice, single, [], CHOICE_ITEM, 'finance')).toMatchObject({
      ok: false,
      reason: 'That option is not in this question.',
    });
  });

  it('takes distinct option ids up to maxChoices for multi choice', () => {
    const limited = { ...multi, maxChoices: 2 };
    expect(checkAnswer(multipleChoice, limited, [], CHOICE_ITEM, ['it', 'hr']).ok).toBe(true);
    expect(checkAnswer(multipleChoice, limited, [], CHOICE_ITEM, ['it', 'hr', 'sales'])).toMatchObject({
      ok: false,
      reason: 'Pick at most 2.',
    });
    expect(checkAnswer(multipleChoice, multi, [], CHOICE_ITEM, ['it', 'it']).ok).toBe(false);
    expect(checkAnswer(multipleChoice, multi, [], 'other', ['it']).ok).toBe(false);
  });
});
