import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { writeWorkshopFile } from '../../shared/workshop/file';
import { planWorkshop } from '../fixtures/planWorkshop';
import { importWorkshop, openConsole } from './support/console';
import { closeDevices, endSession, openProjector, startSession } from './support/session';

/** Screenshots for people to look at; not part of the repo. */
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/outcome-shots';
/** Readable from the back of the room at 1920×1080. */
const MIN_TEXT_PX = 24;

interface TextBox {
  /** Which text node: the lines of one wrapped text are one label. */
  node: number;
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  fontSize: number;
}

/**
 * Every line of visible text on the page, measured as drawn: one box per line of each text node
 * (a wrapped title gives several), with the font size it is set in.
 */
async function textBoxes(page: Page): Promise<TextBox[]> {
  return page.evaluate(() => {
    const boxes: TextBox[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let index = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode(), index++) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent) continue;
      const style = getComputedStyle(parent);
      if (style.visibility === 'hidden' || parent.closest('.oc-sr, [aria-hidden="true"]')) continue;
      // A view cut at the foot hides what is below its edge: that text is not on the screen.
      const clip = parent.closest('.outcome__body')?.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of Array.from(range.getClientRects())) {
        if (r.width < 1 || r.height < 1 || (clip && r.top >= clip.bottom)) continue;
        boxes.push({
          node: index,
          text,
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: clip ? Math.min(r.bottom, clip.bottom) : r.bottom,
          fontSize: parseFloat(style.fontSize),
        });
      }
    }
    return boxes;
  });
}

/** Pairs of text lines that share some area (a pixel of rounding allowed). */
function overlaps(boxes: TextBox[]): string[] {
  const found: string[] = [];
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      if (a.node === b.node) continue;
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > 1 && y > 1) found.push(`“${a.text}” overlaps “${b.text}”`);
    }
  }
  return found;
}

/** Checks the projector as the room sees it: axe clean, no small text, nothing over anything, all on screen. */
async function expectReadable(projector: Page, scene: string): Promise<void> {
  await projector.waitForTimeout(300);
  const { violations } = await new AxeBuilder({ page: projector })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    scene,
  ).toEqual([]);
  const boxes = await textBoxes(projector);
  expect(boxes.length, scene).toBeGreaterThan(5);
  const small = boxes.filter((b) => b.fontSize < MIN_TEXT_PX).map((b) => `${b.fontSize}px “${b.text}”`);
  expect(small, `${scene}: text under ${MIN_TEXT_PX} px`).toEqual([]);
  expect(overlaps(boxes), `${scene}: overlapping text`).toEqual([]);
  const offScreen = boxes.filter((b) => b.bottom > 1080 + 1 || b.right > 1920 + 1).map((b) => b.text);
  expect(offScreen, `${scene}: text off the screen`).toEqual([]);
}

test('each exercise’s outcome goes on the projector from the console, readable from the back of the room', async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  // This spring's workshop of the same organisation gives the centricity check its "last time".
  const earlier = planWorkshop({ seed: 3 });
  earlier.id = 'plan-fixture-spring';
  earlier.name = 'Northwind — spring review';
  earlier.date = '2026-05-12';
  const workshop = planWorkshop({ initiatives: 12 });
  workshop.initiatives[4]!.title =
    'Hire support staff for empathy and train them for the product, with customers on every interview panel';
  const files = [earlier, workshop].map((w, i) => {
    const path = join(SHOTS, `workshop-${i}.outside-in.json`);
    writeFileSync(path, writeWorkshopFile(w));
    return path;
  });

  await openConsole(page);
  for (const [i, file] of files.entries()) {
    await importWorkshop(page, file);
    await expect(page.getByText(`Imported “${[earlier, workshop][i]!.name}”.`)).toBeVisible();
  }
  await page.getByRole('link', { name: workshop.name }).click();
  const { code } = await startSession(page);
  const devices = [await openProjector(browser, code)];
  const projector = devices[0]!.page;
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText(workshop.agenda[0]!.title);

  const outcome = projector.getByTestId('projector-outcome');
  const checks: Record<string, () => Promise<void>> = {
    'centricity-check': async () => {
      await expect(outcome.getByTestId('outcome-score')).toHaveCount(4);
      await expect(outcome.getByText(/^Last time \(12 May 2026\)/)).toHaveCount(4);
    },
    definition: async () => {
      await expect(outcome.getByText(/^Everyone keeps learning about our customers/)).toBeVisible();
      await expect(outcome.getByRole('heading', { name: 'It does not mean' })).toBeVisible();
    },
    'burden-journey': async () => {
      await expect(outcome.getByTestId('outcome-hot-spot')).toHaveCount(5);
      await expect(outcome.getByTestId('outcome-hot-spot').first()).toContainText('ratings');
      // Every rated cell says how many rated it.
      const cells = outcome.locator('.oc-heat__cell:not(.oc-heat__cell--none)');
      expect(await cells.count()).toBeGreaterThan(0);
      for (const text of await cells.allInnerTexts()) expect(text).toMatch(/^\d\.\d\s*\d+ rated$/);
    },
    'push-pull': async () => {
      await expect(outcome.getByTestId('outcome-card')).toHaveCount(4);
      await expect(outcome.getByRole('heading', { name: /^Still contested/ })).toBeVisible();
    },
    simplify: async () => {
      await expect(outcome.getByTestId('outcome-offering')).toHaveCount(4);
      await expect(outcome.getByRole('heading', { name: /^Retire/ })).toBeVisible();
    },
    'action-plan': async () => {
      const placed = await outcome.getByTestId('outcome-marker').count();
      expect(placed).toBeGreaterThan(3);
      // Numbered as everywhere else: the initiative's place in the workshop's list.
      const long = workshop.initiatives[4]!;
      await expect(outcome.getByTestId('outcome-initiative').filter({ hasText: long.title })).toContainText(
        /^5/,
      );
    },
    own: async () => {
      await expect(outcome.getByRole('heading', { name: 'What should change first?' })).toBeVisible();
      await expect(outcome.getByText('Opening hours')).toBeVisible();
      await expect(outcome.getByText(/^\d+ of 24 answered · multiple choice$/)).toBeVisible();
    },
  };

  for (const exercise of workshop.agenda) {
    await page.getByRole('button', { name: `Show on projector: ${exercise.title}` }).click();
    await expect(page.getByRole('button', { name: `Show on projector: ${exercise.title}` })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(outcome).toHaveAttribute('data-outcome', exercise.type);
    await expect(outcome.getByRole('heading', { level: 1 })).toHaveText(exercise.title);
    // Each outcome view loads when first shown.
    await expect(outcome.locator('.view-loading')).toHaveCount(0);
    await checks[exercise.type]!();
    // The join panel is a strip now, still with its code and QR code.
    await expect(projector.getByRole('group', { name: 'Join code' })).toHaveText(code);
    const strip = (await projector.getByRole('region', { name: 'How to join' }).boundingBox())!;
    expect(strip.width).toBeLessThan(300);
    await expect(projector.locator('[data-join-url]')).toBeVisible();
    await expectReadable(projector, exercise.type);
    await projector.screenshot({ path: `${SHOTS}/outcome-${exercise.type}.png` });
  }

  // Off the projector: the current activity is back, with the join panel at full size.
  await page.getByRole('button', { name: /^Take “.*” off the projector$/ }).click();
  await expect(outcome).toHaveCount(0);
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText(workshop.agenda[0]!.title);
  expect((await projector.getByRole('region', { name: 'How to join' }).boundingBox())!.width).toBeGreaterThan(
    500,
  );
  await expect(projector.getByTestId('join-local')).toHaveText(/only works on this computer/);

  await endSession(page);
  await closeDevices(devices);
});

test('a plan too long for one screen is cut at the foot and says so, still readable', async ({
  browser,
  page,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  const workshop = planWorkshop({ initiatives: 30 });
  workshop.id = 'plan-fixture-crowded';
  workshop.name = 'Northwind — thirty initiatives';
  const file = join(SHOTS, 'crowded.outside-in.json');
  writeFileSync(file, writeWorkshopFile(workshop));
  await openConsole(page);
  await importWorkshop(page, file);
  await page.getByRole('link', { name: workshop.name }).click();
  const { code } = await startSession(page);
  const devices = [await openProjector(browser, code)];
  const projector = devices[0]!.page;
  await page.getByRole('button', { name: 'Show on projector: Continuum action plan' }).click();
  await expect(projector.getByTestId('outcome-more')).toHaveText(/^More than fits on this screen/);
  await expectReadable(projector, 'crowded plan');
  await projector.screenshot({ path: `${SHOTS}/outcome-action-plan-crowded.png` });
  await endSession(page);
  await closeDevices(devices);
});
