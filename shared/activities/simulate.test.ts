import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BURDENS } from '../burdens';
import { checkAnswer } from './check';
import type { StoredAnswer } from './kind';
import type { OpenTextResult } from './openText';
import { ACTIVITY_KIND_IDS, kindOf, type ActivityKindId } from './registry';
import type { ScalePollResult } from './scalePoll';
import {
  seededRandom,
  simulateAnswers,
  simulateRevision,
  simulateUpvotes,
  type SimulatedAnswer,
} from './simulate';

const ids = (min: number, max: number) =>
  fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { minLength: min, maxLength: max });
const labelled = (min: number, max: number) =>
  ids(min, max).map((list) => list.map((id) => ({ id, label: `Label ${id}` })));

/** Valid configs of every kind, including the edges (one item, many dots, tight limits). */
const configs: Record<ActivityKindId, fc.Arbitrary<unknown>> = {
  'scale-poll': fc.record({
    items: labelled(1, 8),
    min: fc.constant(1),
    max: fc.constantFrom(5, 10),
  }),
  'multiple-choice': fc.oneof(
    fc.record({ options: labelled(1, 10), multi: fc.constant(false) }),
    fc.record(
      { options: labelled(1, 10), multi: fc.constant(true), maxChoices: fc.integer({ min: 1, max: 50 }) },
      { requiredKeys: ['options', 'multi'] },
    ),
  ),
  'open-text': fc.record(
    {
      lists: labelled(1, 4),
      maxLength: fc.integer({ min: 20, max: 500 }),
      maxPerParticipant: fc.integer({ min: 1, max: 50 }),
      wording: fc.constant({ one: 'card', many: 'cards', written: 'proposed', placeholder: 'Name a card…' }),
    },
    { requiredKeys: ['lists', 'maxLength', 'maxPerParticipant'] },
  ),
  'dot-voting': fc.record(
    {
      options: labelled(1, 15),
      dots: fc.integer({ min: 1, max: 100 }),
      maxPerOption: fc.integer({ min: 1, max: 100 }),
    },
    { requiredKeys: ['options', 'dots'] },
  ),
  'card-classification': fc
    .record({
      cards: ids(0, 12).map((list) => list.map((id) => ({ id, title: `Card ${id}` }))),
      categories: labelled(2, 6),
      contestedThreshold: fc.integer({ min: 50, max: 100 }),
      pick: fc.tuple(fc.nat(), fc.nat()),
    })
    .map(({ pick, categories, ...rest }) => {
      const first = pick[0] % categories.length;
      const second = (first + 1 + (pick[1] % (categories.length - 1))) % categories.length;
      return { ...rest, categories, decisive: [categories[first]!.id, categories[second]!.id] };
    }),
  'two-axis-rating': fc.record({
    items: labelled(1, 8),
    axes: fc.record({
      x: fc.record({
        label: fc.constant('Value'),
        min: fc.constantFrom(0, 1),
        max: fc.integer({ min: 3, max: 10 }),
      }),
      y: fc.record({
        label: fc.constant('Burden'),
        min: fc.constantFrom(0, 1),
        max: fc.integer({ min: 3, max: 10 }),
      }),
    }),
    basicsQuestion: fc.boolean(),
  }),
  'journey-heatmap': fc.record({
    stages: labelled(1, 8),
    burdens: fc.shuffledSubarray([...BURDENS], { minLength: 1 }),
    max: fc.constant(3),
  }),
  'continuum-placement': fc.record({ items: labelled(1, 12) }),
};

/** A hub in miniature: checks each answer as the hub does and keeps the latest per item. */
class MiniHub {
  readonly stored: StoredAnswer<unknown>[] = [];
  private at = 0;
  constructor(
    private readonly kindId: ActivityKindId,
    private readonly config: unknown,
  ) {}

  give(participantId: string, answers: readonly SimulatedAnswer[]): void {
    const kind = kindOf(this.kindId as string)!;
    for (const { itemId, value } of answers) {
      const others = this.stored.filter((a) => a.participantId === participantId);
      const checked = checkAnswer(kind, this.config as never, others as never, itemId, value);
      if (!checked.ok)
        throw new Error(`${this.kindId} refused ${itemId}=${JSON.stringify(value)}: ${checked.reason}`);
      const index = this.stored.findIndex((a) => a.participantId === participantId && a.itemId === itemId);
      const answer = { participantId, itemId, value: checked.value, at: ++this.at };
      if (index >= 0) this.stored[index] = answer;
      else this.stored.push(answer);
    }
  }

  latest(participantId: string): SimulatedAnswer[] {
    return this.stored
      .filter((a) => a.participantId === participantId)
      .map(({ itemId, value }) => ({ itemId, value }));
  }

  tally(): unknown {
    return kindOf(this.kindId).tally(this.config as never, this.stored as never);
  }
}

const spec = (kind: ActivityKindId, config: unknown, id = 'ex:activity') => ({ id, kind, config });

describe('simulated participants', () => {
  it('generates valid configs for the property below (a bad arbitrary would prove nothing)', () => {
    for (const kind of ACTIVITY_KIND_IDS) {
      fc.assert(
        fc.property(configs[kind], (config) => {
          expect(kindOf(kind).configSchema.safeParse(config).success).toBe(true);
        }),
        { numRuns: 40 },
      );
    }
  });

  it('answer every kind in a way its checkAnswer accepts, revisions and upvotes included', () => {
    for (const kind of ACTIVITY_KIND_IDS) {
      fc.assert(
        fc.property(configs[kind], fc.integer(), fc.integer({ min: 1, max: 8 }), (config, seed, people) => {
          const random = seededRandom(seed);
          const hub = new MiniHub(kind, config);
          const activity = spec(kind, config);
          const own = new Map<string, Set<string>>();
          for (let p = 0; p < people; p++) {
            const answers = simulateAnswers(activity, p, random);
            own.set(`p${p}`, new Set(answers.map((a) => a.itemId.slice(2))));
            hub.give(`p${p}`, answers);
          }
          if (kind === 'open-text') {
            const result = hub.tally() as OpenTextResult;
            for (let p = 0; p < people; p++)
              hub.give(
                `p${p}`,
                simulateUpvotes(
                  result.lists.flatMap((l) => l.statements),
                  own.get(`p${p}`)!,
                  random,
                ),
              );
          }
          for (let p = 0; p < people; p++) {
            hub.give(`p${p}`, simulateRevision(activity, hub.latest(`p${p}`), p, random));
          }
        }),
        { numRuns: 60 },
      );
    }
  });

  it('give every participant something to answer wherever the activity has items', () => {
    for (const kind of ACTIVITY_KIND_IDS.filter((k) => k !== 'open-text')) {
      fc.assert(
        fc.property(configs[kind], fc.integer(), fc.nat(40), (config, seed, participant) => {
          const items = kindOf(kind).items(config as never);
          fc.pre(items.length > 0);
          const answers = simulateAnswers(spec(kind, config), participant, seededRandom(seed));
          expect(answers.length).toBeGreaterThan(0);
        }),
        { numRuns: 40 },
      );
    }
  });

  it('repeat with the same seed and differ between people', () => {
    const poll = spec('scale-poll', {
      items: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id })),
      min: 1,
      max: 5,
    });
    expect(simulateAnswers(poll, 3, seededRandom(7))).toEqual(simulateAnswers(poll, 3, seededRandom(7)));
    const random = seededRandom(7);
    const room = Array.from({ length: 12 }, (_, p) => JSON.stringify(simulateAnswers(poll, p, random)));
    expect(new Set(room).size).toBeGreaterThan(8);
  });

  it('follow where the room leans, with a spread', () => {
    const config = { items: [{ id: 'q', label: 'Q' }], min: 1, max: 5 };
    const room = (lean: number) => {
      const hub = new MiniHub('scale-poll', config);
      const random = seededRandom(11);
      for (let p = 0; p < 40; p++)
        hub.give(`p${p}`, simulateAnswers(spec('scale-poll', config), p, random, { lean: () => lean }));
      return (hub.tally() as ScalePollResult).items[0]!;
    };
    const low = room(0.1);
    const high = room(0.9);
    expect(low.mean!).toBeLessThan(2.3);
    expect(high.mean!).toBeGreaterThan(3.7);
    expect(high.distribution.filter((n) => n > 0).length).toBeGreaterThan(1);
  });

  it('spend every dot when the options can take them', () => {
    const config = { options: ['a', 'b', 'c'].map((id) => ({ id, label: id })), dots: 5, maxPerOption: 2 };
    const answers = simulateAnswers(spec('dot-voting', config), 0, seededRandom(3));
    expect(answers.reduce((sum, a) => sum + (a.value as number), 0)).toBe(5);
    expect(answers.every((a) => (a.value as number) <= 2)).toBe(true);
  });

  it('write the lines they are given, each once, in the lists of the activity, and never upvote their own', () => {
    const config = {
      lists: [
        { id: 'means', label: 'It means' },
        { id: 'not-means', label: 'It does not mean' },
      ],
      maxLength: 140,
      maxPerParticipant: 6,
    };
    const texts = {
      means: Array.from({ length: 6 }, (_, i) => `Means ${i}`),
      'not-means': Array.from({ length: 6 }, (_, i) => `Not ${i}`),
    };
    const hub = new MiniHub('open-text', config);
    const random = seededRandom(5);
    const own = new Map<string, Set<string>>();
    for (let p = 0; p < 10; p++) {
      const answers = simulateAnswers(spec('open-text', config), p, random, { texts });
      own.set(`p${p}`, new Set(answers.map((a) => a.itemId.slice(2))));
      hub.give(`p${p}`, answers);
    }
    const result = hub.tally() as OpenTextResult;
    expect(result.statements).toBeGreaterThan(3);
    const [means, notMeans] = result.lists.map((l) => l.statements.map((s) => s.text));
    expect(means!.every((text) => texts.means.includes(text))).toBe(true);
    expect(notMeans!.every((text) => texts['not-means'].includes(text))).toBe(true);
    // Ten people, six lines a list: nobody repeats a line, the rest only upvote.
    expect(new Set([...means!, ...notMeans!]).size).toBe(result.statements);
    for (let p = 0; p < 10; p++) {
      const upvotes = simulateUpvotes(
        result.lists.flatMap((l) => l.statements),
        own.get(`p${p}`)!,
        random,
      );
      expect(upvotes.some((u) => own.get(`p${p}`)!.has(u.itemId.slice(2)))).toBe(false);
      hub.give(`p${p}`, upvotes);
    }
    expect(
      (hub.tally() as OpenTextResult).lists.flatMap((l) => l.statements).some((s) => s.upvotes > 0),
    ).toBe(true);
  });

  it('move a dot rather than add one when they change their mind', () => {
    const config = { options: ['a', 'b'].map((id) => ({ id, label: id })), dots: 3 };
    const given = [
      { itemId: 'a', value: 2 },
      { itemId: 'b', value: 1 },
    ];
    const revision = simulateRevision(spec('dot-voting', config), given, 0, seededRandom(1));
    expect(revision).toHaveLength(2);
    const after = new Map(given.map((a) => [a.itemId, a.value]));
    for (const a of revision) after.set(a.itemId, a.value as number);
    expect([...after.values()].reduce((s, n) => s + n, 0)).toBe(3);
    expect(revision[0]!.value).toBe(
      (given.find((g) => g.itemId === revision[0]!.itemId)!.value as number) - 1,
    );
  });

  it('answer nothing for a kind they do not know or a config it refuses', () => {
    expect(simulateAnswers(spec('laser-tag' as ActivityKindId, {}), 0, seededRandom(1))).toEqual([]);
    expect(simulateAnswers(spec('scale-poll', { items: [] }), 0, seededRandom(1))).toEqual([]);
  });
});
