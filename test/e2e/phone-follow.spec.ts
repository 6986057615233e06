import { mkdirSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page, type WebSocketRoute } from '@playwright/test';
import { WebSocket } from 'ws';
import config from '../../playwright.config';
import { createWorkshop, openConsole } from './support/console';
import { PHONE } from './support/phone';
import { closeAnswers, openAnswers, startSession } from './support/session';

/**
 * A real switch of the phones' network needs a second address of the laptop, which these tests
 * must never use (only 127.0.0.1). The hub's half (who is told what, the old address closing) is
 * covered in electron/hub/move.test.ts. Here is the phone's half on the real page: it gets the
 * hub's `moved` (injected into its WebSocket, as the hub would send it) and goes to "another
 * address": http://localhost:<port>, another origin with its own localStorage, whose requests
 * the test hands to the hub on 127.0.0.1. Chromium also maps localhost to 127.0.0.1 only.
 */
const launch = config.use!.launchOptions!;
test.use({
  launchOptions: {
    ...launch,
    args: [...(launch.args ?? []), '--host-resolver-rules=MAP localhost 127.0.0.1'],
  },
});

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/phone-follow-shots';

/** Serves http://localhost:<port> from the hub on 127.0.0.1, WebSocket included, as a second address would. */
async function secondAddress(context: BrowserContext, port: number): Promise<void> {
  const other = `localhost:${port}`;
  await context.route(`http://${other}/**`, async (route) => {
    const url = route.request().url().replace(`http://${other}`, `http://127.0.0.1:${port}`);
    await route.fulfill({ response: await route.fetch({ url }) });
  });
  await context.routeWebSocket(`ws://${other}/ws`, (page) => {
    // The same request a phone on that address would make: its Host and Origin, to 127.0.0.1.
    const hub = new WebSocket(`ws://127.0.0.1:${port}/ws`, {
      headers: { host: other },
      origin: `http://${other}`,
    });
    const early: string[] = [];
    page.onMessage((m) => (hub.readyState === hub.OPEN ? hub.send(String(m)) : early.push(String(m))));
    hub.on('open', () => early.splice(0).forEach((m) => hub.send(m)));
    hub.on('message', (data) => page.send(String(data)));
    hub.on('close', () => void page.close().catch(() => undefined));
    hub.on('error', () => undefined);
    page.onClose(() => hub.close());
  });
}

/**
 * The phone's connection to the hub on 127.0.0.1, passed through, with a way to say `moved` as the
 * hub does and to hold answers back (so one is still unsent when the room moves).
 */
async function roomAddress(page: Page, port: number) {
  let current: { page: WebSocketRoute; lastSeq: number } | null = null;
  let holdAnswers = false;
  await page.routeWebSocket(`ws://127.0.0.1:${port}/ws`, (route) => {
    const hub = route.connectToServer();
    const link = { page: route, lastSeq: 0 };
    current = link;
    route.onMessage((m) => {
      if (holdAnswers && String(m).includes('"type":"answer"')) return;
      hub.send(m);
    });
    hub.onMessage((m) => {
      link.lastSeq = (JSON.parse(String(m)) as { seq: number }).seq;
      route.send(m);
    });
  });
  return {
    holdAnswers: () => (holdAnswers = true),
    sayMoved: (joinUrl: string) => {
      const link = current!;
      link.page.send(JSON.stringify({ type: 'moved', seq: link.lastSeq + 1, joinUrl }));
    },
  };
}

const question = (phone: Page, n: number) => phone.locator('fieldset.item').nth(n);

test('a phone follows the room to its new address as the same participant, unsent answer and all', async ({
  browser,
  page: consolePage,
}) => {
  await openConsole(consolePage);
  await createWorkshop(consolePage, 'Room moves');
  const { code, joinUrl } = await startSession(consolePage);
  const port = Number(new URL(joinUrl).port);
  expect(new URL(joinUrl).hostname).toBe('127.0.0.1');

  const context = await browser.newContext(PHONE);
  await secondAddress(context, port);
  const phone = await context.newPage();
  const room = await roomAddress(phone, port);
  await phone.goto(joinUrl);
  await expect(phone.locator('[data-connection]')).toHaveText('Connected');
  await expect(consolePage.getByTestId('joined-count')).toHaveText('1');
  await openAnswers(consolePage);

  await question(phone, 0).getByRole('radio', { name: '4' }).click();
  await expect(question(phone, 0).getByText('Answer received ✓')).toBeVisible();
  await expect(consolePage.getByTestId('console-answered')).toHaveText('1 of 1 answered');
  const identity = await phone.evaluate((key) => localStorage.getItem(key), `outside-in:participant:${code}`);
  expect(identity).toBeTruthy();

  // The second answer is given but not yet acknowledged when the room moves.
  room.holdAnswers();
  await question(phone, 1).getByRole('radio', { name: '2' }).click();
  await expect(question(phone, 1).getByText(/Sending/)).toBeVisible();

  const moved = `http://localhost:${port}/j/${code}`;
  room.sayMoved(moved);
  await phone.waitForURL(moved);
  // Arrived: the identity is gone from the address bar and kept for this address.
  expect(phone.url()).toBe(moved);
  await expect(phone.locator('[data-connection]')).toHaveText('Connected');
  expect(await phone.evaluate((key) => localStorage.getItem(key), `outside-in:participant:${code}`)).toBe(
    identity,
  );

  // Same participant: its first answer is still its own, the unsent one arrived, nobody new joined.
  await expect(question(phone, 0).getByRole('radio', { name: '4' })).toHaveAttribute('aria-checked', 'true');
  await expect(question(phone, 1).getByText('Answer received ✓')).toBeVisible();
  await expect(consolePage.getByTestId('joined-count')).toHaveText('1');
  await expect(consolePage.getByTestId('console-answered')).toHaveText('1 of 1 answered');
  await expect(consolePage.locator('.scale-result__stats').nth(1)).toHaveText(/^1 answer · average 2\.0/);

  await closeAnswers(consolePage);
  await context.close();
});

test('a phone that lost the room’s computer for 20 s says what to do', async ({
  browser,
  page: consolePage,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await openConsole(consolePage);
  await createWorkshop(consolePage, 'Room lost');
  const { joinUrl } = await startSession(consolePage);
  const port = Number(new URL(joinUrl).port);

  const context = await browser.newContext(PHONE);
  const phone = await context.newPage();
  // The laptop's address changes under the phones (DHCP): the hub cannot be reached any more.
  let reachable = true;
  const open: WebSocketRoute[] = [];
  await phone.routeWebSocket(`ws://127.0.0.1:${port}/ws`, (route) => {
    if (!reachable) return void route.close();
    route.connectToServer();
    open.push(route);
  });
  await phone.clock.install();
  await phone.goto(joinUrl);
  await expect(phone.locator('[data-connection]')).toHaveText('Connected');
  await openAnswers(consolePage);
  await expect(question(phone, 0)).toBeVisible();

  reachable = false;
  for (const route of open.splice(0)) await route.close();
  await expect(phone.locator('[data-connection]')).toHaveText('Reconnecting…');
  const lost = phone.getByText('Lost the room’s computer. If the facilitator shows a new code, scan it.');
  await phone.clock.fastForward(15_000);
  await expect(lost).toHaveCount(0);
  await phone.clock.fastForward(6_000);
  await expect(lost).toBeVisible();
  await phone.screenshot({ path: `${SHOTS}/phone-lost-room.png` });
  // An answer given meanwhile waits on the phone; both lines show.
  await question(phone, 0).getByRole('radio', { name: '5' }).click();
  await expect(phone.getByText(/Your answers are kept on this phone/)).toBeVisible();
  await expect(lost).toBeVisible();
  await phone.screenshot({ path: `${SHOTS}/phone-lost-room-queued.png` });

  // The room comes back (same address after all): the line goes.
  reachable = true;
  await phone.clock.fastForward(30_000);
  await expect(phone.locator('[data-connection]')).toHaveText('Connected');
  await expect(lost).toHaveCount(0);
  await expect(question(phone, 0).getByText('Answer received ✓')).toBeVisible();
  await expect(consolePage.getByTestId('console-answered')).toHaveText('1 of 1 answered');
  await closeAnswers(consolePage);
  await context.close();
});
