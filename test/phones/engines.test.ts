/**
 * The phone page on the engines of real phones: WebKit (every iPhone browser) and Gecko (Firefox),
 * against the built hub in its own process. One phone per engine joins, answers every activity
 * kind, reloads mid-stepper, and rides out a SIGKILL of the hub.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { ActivitySpecMessage, Tally } from '../../shared/protocol';
import { TestClient } from '../../electron/hub/testing/client';
import { ACTIVITIES, AGENDA, indexOf, LONG_WORD } from './agenda';
import { FirefoxPhone } from './firefox';
import { HubProcess } from './hub';
import { overflowing, pageText, tap, waitFor, waitForText, type PhoneEngine } from './phone';
import { freePort, WebKitPhone } from './webkit';

/* eslint-disable @typescript-eslint/no-explicit-any -- tallies are checked field by field below */
type Result = any;

const ENGINES: { name: string; launch: () => Promise<PhoneEngine> }[] = [
  { name: 'WebKit', launch: () => WebKitPhone.launch() },
  { name: 'Firefox', launch: () => FirefoxPhone.launch() },
];

describe.each(ENGINES)('the phone page on $name', ({ launch }) => {
  let hub: HubProcess;
  let facilitator: TestClient;
  let phone: PhoneEngine;
  let joinUrl: string;

  /** The facilitator's latest tally of `spec` once it satisfies `check`. */
  const tallyWhen = (
    spec: ActivitySpecMessage,
    what: string,
    check: (result: Result, tally: Tally) => boolean,
  ) =>
    waitFor<Tally & { result: Result }>(`the ${spec.kind} tally: ${what}`, async () => {
      const latest = facilitator
        .all('tally')
        .filter((m) => m.activityId === spec.id)
        .at(-1);
      return latest && check(latest.result, latest) ? latest : false;
    });

  const joined = () => facilitator.all('state').at(-1)?.session?.participants.joined;

  async function openActivity(spec: ActivitySpecMessage): Promise<void> {
    facilitator.send({ type: 'control', control: { action: 'goto', index: indexOf(spec) } });
    await facilitator.next('state', (m) => m.session?.current.id === spec.id);
    facilitator.send({ type: 'control', control: { action: 'open' } });
    await facilitator.next('state', (m) => m.session?.current.id === spec.id && m.session.phase === 'open');
    await waitForText(phone, spec.title);
  }

  const connected = () =>
    waitFor(`${phone.name} to be connected`, () =>
      phone.run<boolean>(`return document.querySelector('[data-connection="connected"]') !== null;`),
    );

  beforeAll(async () => {
    hub = await HubProcess.start(await freePort());
    const started = await hub.startSession(ACTIVITIES);
    facilitator = started.facilitator;
    joinUrl = `${hub.origin}/j/${started.code}`;
    phone = await launch();
  }, 120_000);

  // What the phone showed when a step failed: the first thing to read in a CI log.
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail' || !phone) return;
    const shown = await pageText(phone).catch((error: unknown) => `(page unreadable: ${String(error)})`);
    console.error(`${phone.name} showed:\n${shown}`);
  });

  afterAll(async () => {
    facilitator?.close();
    await phone?.close();
    await hub?.stop();
  });

  test('joins with the code and waits for the facilitator', async () => {
    await phone.open(joinUrl);
    await connected();
    await waitForText(phone, 'Waiting for the facilitator to open answers');
    expect(await phone.run('return [window.innerWidth, window.innerHeight]')).toEqual([390, 844]);
    await waitFor('one participant joined', async () => joined() === 1);
  });

  test('scale poll: each statement rated once', async () => {
    await openActivity(AGENDA.scale);
    await tap(phone, '[aria-label="Managers talk with customers"] button', '4');
    await tap(phone, '[aria-label="We measure customer metrics"] button', '2');
    const tally = await tallyWhen(AGENDA.scale, 'both rated', (r) =>
      r.items.every((i: Result) => i.count === 1),
    );
    expect(tally.result.items.map((i: Result) => i.distribution)).toEqual([
      [0, 0, 0, 1, 0],
      [0, 1, 0, 0, 0],
    ]);
    expect(tally.answered).toBe(1);
  });

  test('multiple choice: one option', async () => {
    await openActivity(AGENDA.choice);
    await tap(phone, 'button[role="radio"]', 'Finance');
    const tally = await tallyWhen(AGENDA.choice, 'Finance chosen', (r) => r.respondents === 1);
    expect(tally.result.options.map((o: Result) => o.count)).toEqual([0, 1, 0]);
  });

  test('card sort: a reload opens at the first unsorted card, each card counted once', async () => {
    await openActivity(AGENDA.sort);
    await waitForText(phone, 'Card 1 of 4');
    await tap(phone, 'button[role="radio"]', 'Pulled by customers');
    await waitForText(phone, 'Card 2 of 4');
    await tap(phone, 'button[role="radio"]', 'Pushed by us');
    await tallyWhen(AGENDA.sort, 'two cards sorted', (r) => r.cards[1].total === 1);
    await phone.reload();
    await connected();
    await waitForText(phone, 'Card 3 of 4');
    await tap(phone, 'button[role="radio"]', 'Unsure');
    await waitForText(phone, 'Card 4 of 4');
    await tap(phone, 'button[role="radio"]', 'Pulled by customers');
    await waitForText(phone, 'All 4 cards sorted ✓');
    // The review list shows every card title, the 140-character word among them, within the screen.
    expect(await overflowing(phone)).toEqual([]);
    const tally = await tallyWhen(AGENDA.sort, 'four cards sorted', (r) => r.cards[3].total === 1);
    expect(tally.result.cards.map((c: Result) => [c.total, c.leading])).toEqual([
      [1, 'pull'],
      [1, 'push'],
      [1, 'unsure'],
      [1, 'pull'],
    ]);
    expect(joined()).toBe(1);
  });

  test('two-axis rating: both offerings rated', async () => {
    await openActivity(AGENDA.rating);
    for (const [x, y] of [
      ['4', '2'],
      ['2', '5'],
    ] as const) {
      await tap(phone, '[aria-labelledby="axis-Value"] button', x);
      await tap(phone, '[aria-labelledby="axis-Burden"] button', y);
    }
    const tally = await tallyWhen(AGENDA.rating, 'both rated', (r) =>
      r.items.every((i: Result) => i.count === 1),
    );
    expect(tally.result.items.map((i: Result) => [i.meanX, i.meanY])).toEqual([
      [4, 2],
      [2, 5],
    ]);
  });

  test('journey heatmap: every burden of both stages', async () => {
    await openActivity(AGENDA.journey);
    for (const level of ['1', '3']) {
      for (const burden of ['Time', 'Worry', 'Effort', 'Money'])
        await tap(phone, `button[aria-label^="${burden}: ${level},"]`, burden);
      await tap(phone, 'button.journey-input__next', '');
    }
    await waitForText(phone, 'you rated all 2 stages');
    const tally = await tallyWhen(AGENDA.journey, 'both stages', (r) =>
      r.stages.every((s: Result) => s.count === 1),
    );
    expect(tally.result.stages.map((s: Result) => s.burdens.time.mean)).toEqual([1, 3]);
  });

  test('open text: writes a statement and upvotes another participant’s', async () => {
    await openActivity(AGENDA.text);
    const writer = await TestClient.connect(`ws://127.0.0.1:${hub.port}/ws`);
    writer.hello({ role: 'participant', code: new URL(joinUrl).pathname.split('/').at(-1)! });
    await writer.next('welcome');
    writer.send({
      type: 'answer',
      activityId: AGENDA.text.id,
      itemId: 's:writer-1',
      clientAnswerId: 'writer-1',
      value: { list: 'means', text: LONG_WORD },
    });
    await writer.next('ack');
    await phone.type('textarea', 'Everyone talks with customers');
    await tap(phone, 'button[type="submit"]', 'Add');
    await tap(phone, 'button[aria-pressed]', 'Upvote ▲ 0');
    await waitForText(phone, 'Upvoted ▲ 1');
    expect(await overflowing(phone)).toEqual([]);
    const tally = await tallyWhen(
      AGENDA.text,
      'two statements, one upvote',
      (r) => r.statements === 2 && r.lists[0].statements[0].upvotes === 1,
    );
    expect(tally.result.lists[0].statements.map((s: Result) => [s.text, s.upvotes])).toEqual([
      [LONG_WORD, 1],
      ['Everyone talks with customers', 0],
    ]);
    writer.close();
  });

  test('continuum placement: a reload opens at the first unplaced initiative', async () => {
    await openActivity(AGENDA.place);
    await waitForText(phone, 'Initiative 1 of 3');
    await tap(phone, 'button.cp-place', 'Place it here');
    await waitForText(phone, 'Placed at 50 ✓');
    await tallyWhen(AGENDA.place, 'first placed', (r) => r.items[0].count === 1);
    await phone.reload();
    await connected();
    await waitForText(phone, 'Initiative 2 of 3');
    for (const n of [2, 3]) {
      await tap(phone, 'button.cp-place', 'Place it here');
      await waitForText(phone, 'Placed at 50 ✓');
      await tap(phone, '.stepper__nav button', n === 3 ? 'Done' : 'Next');
    }
    await waitForText(phone, 'All 3 initiatives placed ✓');
    const tally = await tallyWhen(AGENDA.place, 'all placed', (r) =>
      r.items.every((i: Result) => i.count === 1),
    );
    expect(tally.result.items.map((i: Result) => i.median)).toEqual([50, 50, 50]);
  });

  test('hub SIGKILL and restart: the phone reconnects by itself and its queued dots count once', async () => {
    await openActivity(AGENDA.dots);
    // One dot on disk before the kill (and with it the opening of the activity), two given offline.
    await tap(phone, 'button', 'Put a dot on Call ten customers');
    await tallyWhen(AGENDA.dots, 'the first dot', (r) => r.dotsUsed === 1);
    await hub.kill();
    await waitFor(`${phone.name} to notice the hub is gone`, () =>
      phone.run<boolean>(`return document.querySelector('[data-connection="connected"]') === null;`),
    );
    await tap(phone, 'button', 'Put a dot on Call ten customers');
    await waitForText(phone, '1 of 3 dots left');
    await tap(phone, 'button', 'Put a dot on Customer metric');
    await waitForText(phone, 'All dots placed');
    await waitForText(phone, 'Your answers are kept on this phone');
    await hub.restart();
    facilitator.close();
    facilitator = await hub.facilitator();
    await connected();
    const tally = await tallyWhen(AGENDA.dots, 'three dots', (r) => r.dotsUsed === 3);
    expect(tally.result.ranking.map((o: Result) => [o.id, o.dots])).toEqual([
      ['i1', 2],
      ['i3', 1],
      ['i2', 0],
    ]);
    expect(tally.result.participants).toBe(1);
    await waitForText(phone, 'Received ✓');
    // Everything from before the kill is still there: the journal kept it.
    const before = facilitator.all('closed-results').map((m) => m.result.activityId);
    expect(before).toEqual(expect.arrayContaining([AGENDA.scale.id, AGENDA.sort.id, AGENDA.place.id]));
  });
});
