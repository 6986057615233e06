/// <reference lib="dom" />
// The timing code runs inside the page (page.evaluate): it needs the DOM types.
/**
 * Board benchmark: the push/pull board with 500 cards voted on by 40 participants, in browser mode
 * (headless Chromium against `out/`; run `npx electron-vite build` first).
 *   npm run bench:board [-- --cards 500 --runs 3]
 * Prints one JSON line:
 *   first_cards_ms    click "Open the board" → the first cards of each column on screen, median of runs
 *   open_board_ms     click "Open the board" → every card on screen (next frame), median of runs
 *   reload_to_board_ms  page load of the workshop → board open with every card (incl. automation)
 *   drop_commit_ms    pointer released over another column → the card rendered there (saved), median
 *   drag_frame_p95_ms / drag_frame_max_ms  frame intervals while a card is dragged across the board
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import {
  tallyCardClassification,
  type CardClassificationConfig,
} from '../../shared/activities/cardClassification';
import type { StoredAnswer } from '../../shared/activities/kind';
import { activitiesOf } from '../../shared/exercises/activities';
import { newPushPull } from '../../shared/exercises/push-pull/schema';
import { writeWorkshopFile } from '../../shared/workshop/file';
import { newWorkshop, type Workshop } from '../../shared/workshop/schema';

const root = resolve(import.meta.dirname, '../..');

function option(name: string, fallback: number): number {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  const value = Number(args[i]!.includes('=') ? args[i]!.split('=')[1] : args[i + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a positive whole number`);
  return value;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (n: number) => Math.round(n * 10) / 10;

/** Deterministic votes: the same board every run. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

function seededWorkshop(cards: number, participants: number): Workshop {
  const exercise = {
    ...newPushPull(),
    id: 'bench-pushpull',
    cards: Array.from({ length: cards }, (_, i) => ({
      id: `c${i + 1}`,
      title: `Card ${i + 1}: ${['Loyalty app', 'Premium tier', 'Same-day delivery', 'Paper invoices', 'Chatbot'][i % 5]}`,
      description: i % 3 === 0 ? 'A product feature the room sorts; its description is one line.' : '',
    })),
  };
  const workshop: Workshop = { ...newWorkshop('Board benchmark'), id: 'bench-board', agenda: [exercise] };
  const spec = activitiesOf(exercise, workshop)[0]!;
  const config = spec.config as CardClassificationConfig;
  const next = random(42);
  const answers: StoredAnswer<string>[] = [];
  for (let p = 0; p < participants; p++) {
    for (const card of config.cards) {
      // A third of the cards lean push, a third pull, a third split the room.
      const [push, pull] = (
        [
          [0.7, 0.15],
          [0.15, 0.7],
          [0.42, 0.42],
        ] as const
      )[Number(card.id.slice(1)) % 3]!;
      const r = next();
      const value = r < push ? 'push' : r < push + pull ? 'pull' : 'unsure';
      answers.push({ participantId: `p${p}`, itemId: card.id, value, at: p });
    }
  }
  workshop.results[spec.id] = {
    activityId: spec.id,
    kind: spec.kind,
    closedAt: Date.now(),
    participants,
    answered: participants,
    tally: tallyCardClassification(config, answers),
  };
  return workshop;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
    server.once('error', reject);
  });
}

async function startServer(port: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      join(root, 'out/main/serve.js'),
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--data-dir',
      dataDir,
      '--fresh',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('The hub did not start (is `npx electron-vite build` done?)');
}

/**
 * Clicks "Open the board" in the page: time to the first cards on screen, and to every card (each
 * measured at the frame after it is in the page).
 */
function timeOpenBoard(page: Page, cards: number): Promise<{ first: number; all: number }> {
  return page.evaluate(
    (count) =>
      new Promise<{ first: number; all: number }>((done) => {
        const button = Array.from(document.querySelectorAll('button')).find(
          (b) => b.textContent === 'Open the board',
        )!;
        const start = performance.now();
        let first = 0;
        button.click();
        const check = () => {
          const shown = document.querySelectorAll('[data-testid="board-item"]').length;
          if (shown > 0 && !first) first = -1;
          if (first === -1) requestAnimationFrame(() => (first = performance.now() - start));
          if (shown >= count) {
            requestAnimationFrame(() =>
              requestAnimationFrame(() => done({ first, all: performance.now() - start })),
            );
          } else requestAnimationFrame(check);
        };
        check();
      }),
    cards,
  );
}

async function centre(page: Page, selector: string) {
  const box = (await page.locator(selector).first().boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 120) };
}

/** One pointer drag of the first card of `from` into `to`: frame intervals while moving, and release → rendered there. */
async function timeDrag(page: Page, from: string, to: string) {
  const id = await page
    .locator(`[data-testid="lane-${from}"] [data-testid="board-item"]`)
    .first()
    .getAttribute('data-id');
  const a = await centre(page, `[data-testid="lane-${from}"] [data-id="${id}"] .board-item__grip`);
  const b = await centre(page, `[data-testid="lane-${to}"]`);
  await page.evaluate(() => {
    const w = window as unknown as { benchFrames: number[]; benchStop: boolean };
    w.benchFrames = [];
    w.benchStop = false;
    let last = performance.now();
    const tick = (now: number) => {
      w.benchFrames.push(now - last);
      last = now;
      if (!w.benchStop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(a.x + 12, a.y + 4, { steps: 4 });
  await page.mouse.move(b.x, b.y, { steps: 30 });
  const frames = await page.evaluate(() => {
    const w = window as unknown as { benchFrames: number[]; benchStop: boolean };
    w.benchStop = true;
    return w.benchFrames.slice(2);
  });
  // The listener is in place before the release, so the release is timed from the page's own clock.
  await page.evaluate(() => {
    const w = window as unknown as { benchReleased: number };
    w.benchReleased = 0;
    document.addEventListener('pointerup', () => (w.benchReleased = performance.now()), {
      capture: true,
      once: true,
    });
  });
  await page.mouse.up();
  const dropMs = await page.evaluate(
    ({ id, to }) =>
      new Promise<number>((done, fail) => {
        const w = window as unknown as { benchReleased: number };
        const give_up = setTimeout(() => fail(new Error(`card ${id} did not land in ${to}`)), 10_000);
        const check = () => {
          if (w.benchReleased && document.querySelector(`[data-testid="lane-${to}"] [data-id="${id}"]`)) {
            clearTimeout(give_up);
            requestAnimationFrame(() => done(performance.now() - w.benchReleased));
          } else requestAnimationFrame(check);
        };
        check();
      }),
    { id, to },
  );
  return { frames, dropMs };
}

async function main() {
  const cards = option('cards', 500);
  const runs = option('runs', 3);
  const participants = 40;
  if (!existsSync(join(root, 'out/renderer/console/index.html'))) {
    throw new Error('Build the app first: npx electron-vite build');
  }
  const dir = await mkdtemp(join(tmpdir(), 'outside-in-bench-board-'));
  const port = await freePort();
  const server = await startServer(port, join(dir, 'hub'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const workshop = seededWorkshop(cards, participants);
    const file = join(dir, 'bench.outside-in.json');
    await writeFile(file, writeWorkshopFile(workshop));

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // tsx keeps function names with a `__name` helper that does not exist inside the page.
    await page.addInitScript('window.__name = (fn) => fn');
    const base = `http://127.0.0.1:${port}`;
    await page.goto(`${base}/`);
    const chooser = page.waitForEvent('filechooser');
    await page
      .getByRole('button', { name: /^Import/ })
      .first()
      .click();
    await (await chooser).setFiles(file);
    await page.getByTestId('workshop-row').first().waitFor();

    const exerciseButton = () => page.getByTestId('agenda-item').first().locator('.agenda-item-main');
    const first: number[] = [];
    const open: number[] = [];
    for (let run = 0; run < runs; run++) {
      await page.goto(`${base}/#/w/${workshop.id}`);
      await exerciseButton().click();
      await page.getByRole('button', { name: 'Open the board' }).waitFor();
      const opened = await timeOpenBoard(page, cards);
      first.push(opened.first);
      open.push(opened.all);
      await page.getByRole('button', { name: 'Close the board' }).click();
    }

    const t0 = Date.now();
    await page.goto(`${base}/#/w/${workshop.id}`);
    await page.reload();
    await exerciseButton().click();
    await page.getByRole('button', { name: 'Open the board' }).click();
    await page
      .locator('[data-testid="board-item"]')
      .nth(cards - 1)
      .waitFor();
    const reloadToBoard = Date.now() - t0;

    const drops: number[] = [];
    const frames: number[] = [];
    for (const [from, to] of [
      ['push', 'pull'],
      ['pull', 'contested'],
      ['contested', 'push'],
    ] as const) {
      const drag = await timeDrag(page, from, to);
      drops.push(drag.dropMs);
      frames.push(...drag.frames);
    }
    frames.sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        bench: 'board',
        cards,
        participants,
        first_cards_ms: round(median(first)),
        open_board_ms: round(median(open)),
        open_board_runs_ms: open.map(round),
        reload_to_board_ms: reloadToBoard,
        drop_commit_ms: round(median(drops)),
        drop_runs_ms: drops.map(round),
        drag_frame_p95_ms: round(frames[Math.floor(frames.length * 0.95)] ?? 0),
        drag_frame_max_ms: round(frames.at(-1) ?? 0),
      }),
    );
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
