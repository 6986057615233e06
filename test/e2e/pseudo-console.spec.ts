import { mkdirSync } from 'node:fs';
import MessageFormat from '@messageformat/core';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PSEUDO, readCatalogue } from '../../scripts/i18n/catalogues';
import { consoleLink } from './support/console';
import { overflowing } from './support/overflow';

/** Screenshots for people to look at; not part of the repo. */
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/pseudo-console-shots';
/** A typical laptop first, then a full-HD screen. */
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
/**
 * The console's language: the pseudo-locale (English 40 % longer, accented); `CONSOLE_LANG=de`
 * walks the same pages in German, which also runs long.
 */
const LANG = process.env.CONSOLE_LANG ?? PSEUDO;
const catalogue = readCatalogue(LANG);
const formatter = new MessageFormat(LANG === PSEUDO ? 'en' : LANG);
/** What the console shows for a message in its language. */
function p(key: string, args?: Record<string, unknown>): string {
  const message = catalogue[key];
  if (message === undefined) throw new Error(`No message ${key}`);
  return formatter.compile(message)(args ?? {});
}
/** A control's accessible name: the message, ignoring the shortcut after it. */
const named = (key: string, args?: Record<string, unknown>) =>
  new RegExp(`^${p(key, args).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/**
 * Looks at the page at each size: a screenshot for people, and no text cut off or overflowing for
 * the test. Findings are soft so one run lists every page that needs fixing. The check covers the
 * whole page; the screenshot shows the window only under a dialog or board (`whole: false`).
 */
async function look(page: Page, name: string, { whole = true } = {}): Promise<void> {
  // Full HD first, so the test goes on at the laptop's size.
  for (const size of [...SIZES].reverse()) {
    await page.setViewportSize(size);
    await page.waitForFunction((w) => window.innerWidth === w, size.width);
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    // The whole page at the laptop's size; full HD shows the window, to keep the run short.
    await page.screenshot({
      path: `${SHOTS}/${LANG}-${name}-${size.width}.png`,
      fullPage: whole && size === SIZES[0],
    });
    expect.soft(await overflowing(page), `${name} at ${size.width}×${size.height}`).toEqual([]);
  }
}

const button = (scope: Page | Locator, key: string, args?: Record<string, unknown>) =>
  scope.getByRole('button', { name: named(key, args) });

test(`the console in ${LANG} fits a laptop and a full-HD screen, page by page`, async ({ page }) => {
  // Some 35 views at two sizes, on a machine that may be busy.
  test.setTimeout(150_000);
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize(SIZES[0]!);
  const link = await consoleLink(page);
  if (LANG === PSEUDO) {
    // The link is `/#ticket=…`: the language goes before the hash.
    await page.goto(link.replace('/#', `/?lang=${PSEUDO}#`));
  } else {
    // As if the facilitator had chosen it in the library.
    await page.addInitScript(
      (language) => localStorage.setItem('outside-in.console-language', language),
      LANG,
    );
    await page.goto(link);
  }
  await expect(page.locator('html')).toHaveAttribute('lang', LANG);

  // The library, empty, then the New workshop dialog over it.
  await expect(page.getByRole('heading', { name: p('console.library.firstTitle') })).toBeVisible();
  await look(page, 'library-empty');
  await button(page, 'console.library.create').click();
  const dialog = page.getByRole('dialog', { name: p('console.library.newWorkshop') });
  await expect(dialog).toBeVisible();
  await look(page, 'new-workshop', { whole: false });
  await button(dialog, 'console.cancel').click();

  // The sample: its agenda, and each exercise's editor in turn.
  await button(page, 'console.library.openSample').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The "imported" note would cover the editors in every screenshot.
  await page
    .getByRole('region', { name: p('console.toasts') })
    .getByRole('button', { name: p('console.dismiss') })
    .click();
  const items = page.getByTestId('agenda-item');
  const count = await items.count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i++) {
    await items.nth(i).locator('.agenda-item-main').click();
    const editor = page.locator('.exercise-editor');
    await expect(editor.locator('.editor-section').first()).toBeVisible();
    await look(page, `editor-${i + 1}`);
    // Push/pull and simplify have their board in Prepare too.
    const board = editor.getByRole('button', { name: named('boards.summary.open') });
    if (await board.count()) {
      await board.click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await look(page, `editor-${i + 1}-board`, { whole: false });
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();
    }
  }

  // An own exercise, added from the menu of types.
  await button(page, 'agenda.addExercise').click();
  await expect(page.getByRole('group', { name: p('agenda.templates') })).toBeVisible();
  await look(page, 'add-exercise');
  await page.getByRole('button', { name: named('exercise.own.name') }).click();
  await expect(page.locator('.exercise-editor .editor-section').first()).toBeVisible();
  await look(page, 'editor-own');

  // The library with the sample in it; the shortcuts over it.
  await page.getByRole('link', { name: p('console.workshop.backToLibrary') }).click();
  await expect(page.getByTestId('workshop-row')).toHaveCount(1);
  await look(page, 'library');
  await page.keyboard.press('Shift+?');
  await expect(page.getByRole('dialog', { name: p('console.shortcuts.title') })).toBeVisible();
  await look(page, 'shortcuts', { whole: false });
  await page.keyboard.press('Escape');
  await page.getByTestId('workshop-row').getByRole('link').first().click();

  // Run live: every activity, its after-vote tool where it has one, and a quick question.
  await page.getByRole('link', { name: p('console.workshop.runLive') }).click();
  await button(page, 'session.start').click();
  const activities = page
    .getByRole('navigation', { name: p('session.liveActivities') })
    .locator('.live-agenda__item');
  await expect(activities.first()).toBeVisible();
  try {
    await look(page, 'live-1');
    const steps = await activities.count();
    for (let i = 1; i <= steps; i++) {
      if (i > 1) {
        await activities.nth(i - 1).click();
        await expect(activities.nth(i - 1)).toHaveAttribute('aria-current', /.+/);
        await look(page, `live-${i}`);
      }
      const tool = page.locator('.live-tool button');
      if ((await tool.count()) && (await tool.isEnabled())) {
        await page.keyboard.press('b');
        await expect(page.getByRole('dialog')).toBeVisible();
        await look(page, `live-${i}-tool`, { whole: false });
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toBeHidden();
      }
    }
    await button(page, 'session.addMenu').click();
    const add = page.getByRole('dialog', { name: p('session.addTitle') });
    await look(page, 'live-add-vote', { whole: false });
    await add.getByRole('radio', { name: p('session.addModeQuestion') }).check();
    await look(page, 'live-quick-question', { whole: false });
    await button(add, 'session.cancel').click();
  } finally {
    page.once('dialog', (d) => void d.accept());
    await button(page, 'session.end').click();
  }
  await expect(button(page, 'session.start')).toBeVisible();
  await look(page, 'live-ended');

  // The action plan and its exports.
  await page.getByRole('link', { name: p('console.workshop.actionPlan') }).click();
  await expect(page.getByRole('heading', { name: p('plan.title') })).toBeVisible();
  await look(page, 'plan');
  await button(page, 'plan.results.xlsx').click();
  await look(page, 'plan-results-exported');
});
