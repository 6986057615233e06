import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { importWorkshop, liveActivity, openConsole } from './support/console';
import { openPhone, openPhones } from './support/phone';
import { closeDevices, endSession, openAnswers, openProjector, startSession } from './support/session';

/** Screenshots for people to look at; not part of the repo. */
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/continuum-shots';
const FIXTURE = resolve('test/fixtures/continuum.outside-in.json');
const CROWDED = resolve('test/fixtures/continuum-crowded.outside-in.json');

/** The fixture's initiatives, in agenda order. */
const TOWN_HALLS = 'Customer stories at every town hall';
const VISITS = 'Every manager visits two customers a month';
const BONUS = 'Bonus tied to customer effort score';
const CHECKLIST = 'Friendlier complaint checklist';
const TITLES = [TOWN_HALLS, VISITS, BONUS, CHECKLIST];

/** The console imports a workshop file, opens it and starts its live session. */
async function importAndStart(page: Page, fixture: string, name: string) {
  await importWorkshop(page, fixture);
  await expect(page.getByText(`Imported “${name}”.`)).toBeVisible();
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return startSession(page);
}

/**
 * On a phone, the current initiative: move the slider with these keys (from wherever it is),
 * place it, wait for the hub's ack. Returns the value placed, as the slider reports it.
 */
async function placeWithKeys(phone: Page, keys: string[]): Promise<number> {
  const slider = phone.getByRole('slider');
  await slider.focus();
  for (const key of keys) await phone.keyboard.press(key);
  const value = Number(await slider.getAttribute('aria-valuenow'));
  await phone.getByRole('button', { name: 'Place it here' }).click();
  await expect(phone.getByText('Answer received ✓')).toBeVisible();
  await expect(phone.getByRole('button', { name: `Placed at ${value} ✓` })).toBeDisabled();
  return value;
}

/** A real pointer drag of the thumb to `target` on the line (0–100). */
async function dragTo(phone: Page, target: number): Promise<number> {
  const rail = (await phone.locator('.cp-slider__rail').boundingBox())!;
  const thumb = (await phone.getByRole('slider').boundingBox())!;
  await phone.mouse.move(thumb.x + thumb.width / 2, thumb.y + thumb.height / 2);
  await phone.mouse.down();
  await phone.mouse.move(rail.x + (rail.width * target) / 100, thumb.y + thumb.height / 2 + 20, {
    steps: 12,
  });
  await phone.mouse.up();
  return Number(await phone.getByRole('slider').getAttribute('aria-valuenow'));
}

const next = (phone: Page) => phone.getByRole('button', { name: /^(Next|Skip|Done) ›$/ }).click();

/** Pairwise: boxes that share some area. */
function overlapping(boxes: Box[]) {
  const pairs = [];
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) pairs.push([a, b]);
    }
  }
  return pairs;
}

interface Box {
  what: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  fontSize: number;
}

/** Where the projector drew every label, count and median marker, once the rows have settled. */
async function chartBoxes(projector: Page): Promise<Box[]> {
  await projector.waitForTimeout(600); // rows move with a short animation
  return projector
    .locator('.cchart__plot')
    .locator('.cchart__title, .cchart__count, .cchart__median')
    .evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return {
          what: `${el.className}: ${el.textContent}`,
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: r.bottom,
          fontSize: parseFloat(getComputedStyle(el).fontSize),
        };
      }),
    );
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = (s.length - 1) / 2;
  return (s[Math.floor(mid)]! + s[Math.ceil(mid)]!) / 2;
}

test('continuum placement: three phones place initiatives, the projector shows medians and spread, the result is kept', async ({
  browser,
  page,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await openConsole(page);

  // A workshop with four initiatives, from a file.
  const { code, joinUrl } = await importAndStart(page, FIXTURE, 'Harbour Bank continuum');
  const agendaButton = liveActivity(page, /^Continuum action plan/);
  await agendaButton.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Continuum action plan' })).toBeVisible();

  const { page: projector, context: projectorContext } = await openProjector(browser, code);
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Continuum action plan');

  const phones = await openPhones(browser, joinUrl, 3);
  const [ana, ben, cai] = phones.map((p) => p.page) as [Page, Page, Page];
  await expect(page.getByTestId('joined-count')).toHaveText('3');
  await openAnswers(page);

  await expect(ana.getByText('Initiative 1 of 4')).toBeVisible();
  await expect(ana.getByRole('heading', { level: 2, name: TOWN_HALLS })).toBeVisible();
  await expect(ana.getByText('0 of 4 answered')).toBeVisible();
  // An untouched slider is no answer: skipping leaves nothing with the hub.
  await next(ana);
  await expect(ana.getByText('Initiative 2 of 4')).toBeVisible();
  await expect(page.getByTestId('console-answered')).toHaveText('0 of 3 answered');
  await ana.getByRole('button', { name: '‹ Back' }).click();

  const placed: Record<string, number[]> = Object.fromEntries(TITLES.map((t) => [t, []]));

  // Ana: keyboard only.
  placed[TOWN_HALLS]!.push(await placeWithKeys(ana, ['Home', 'PageUp']));
  await next(ana);
  await ana.getByRole('slider').focus();
  await ana.keyboard.press('PageUp');
  await ana.keyboard.press('PageUp');
  // The band is named large as the thumb moves; nothing is sent yet.
  await expect(ana.locator('.cp-now')).toHaveText('Substantive70');
  await ana.screenshot({ path: `${SHOTS}/continuum-phone-moving.png` });
  placed[VISITS]!.push(await placeWithKeys(ana, []));
  await ana.screenshot({ path: `${SHOTS}/continuum-phone.png` });
  await next(ana);
  placed[BONUS]!.push(await placeWithKeys(ana, ['End', 'PageDown']));
  await next(ana);
  placed[CHECKLIST]!.push(
    await placeWithKeys(ana, ['ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft']),
  );
  await next(ana);
  await expect(ana.getByText(/^All 4 initiatives placed ✓/)).toBeVisible();

  // Ben: a pointer drag for the first, keys for two more, the last left out.
  const dragged = await dragTo(ben, 20);
  expect(dragged).toBe(20);
  await expect(ben.locator('.cp-now')).toHaveText(`Symbolic${dragged}`);
  placed[TOWN_HALLS]!.push(await placeWithKeys(ben, []));
  await next(ben);
  placed[VISITS]!.push(await placeWithKeys(ben, ['End', 'PageDown', ...Array<string>(5).fill('ArrowLeft')]));
  await next(ben);
  placed[BONUS]!.push(await placeWithKeys(ben, ['PageUp', 'PageUp', ...Array<string>(5).fill('ArrowRight')]));
  await next(ben);
  await next(ben);
  await expect(ben.getByText(/^3 of 4 initiatives placed\./)).toBeVisible();
  await ben.screenshot({ path: `${SHOTS}/continuum-phone-review.png` });

  // Cai: keys, then revises the first from the review.
  await placeWithKeys(cai, ['PageDown']);
  await next(cai);
  placed[VISITS]!.push(await placeWithKeys(cai, ['PageUp']));
  await next(cai);
  placed[BONUS]!.push(await placeWithKeys(cai, ['End', ...Array<string>(5).fill('ArrowLeft')]));
  await next(cai);
  placed[CHECKLIST]!.push(await placeWithKeys(cai, ['Shift+ArrowRight']));
  await next(cai);
  await cai.getByRole('button', { name: new RegExp(`^${TOWN_HALLS}\\s*Process & policy · 40`) }).click();
  await cai.getByRole('slider').focus();
  await cai.keyboard.press('Shift+ArrowLeft');
  await expect(cai.getByText('Not placed yet: your answer is still 40 (Process & policy).')).toBeVisible();
  placed[TOWN_HALLS]!.push(await placeWithKeys(cai, []));

  expect(placed).toEqual({
    [TOWN_HALLS]: [10, dragged, 30],
    [VISITS]: [70, 85, 60],
    [BONUS]: [90, 75, 95],
    [CHECKLIST]: [45, 60],
  });
  await expect(page.getByTestId('console-answered')).toHaveText('3 of 3 answered');

  // The projector shows the line once revealed: one marker per initiative at the room's median.
  await expect(projector.getByTestId('projector-result')).toHaveCount(0);
  await page.keyboard.press('r');
  const markers = projector.getByTestId('continuum-marker');
  await expect(markers).toHaveCount(4);
  for (const title of TITLES) {
    const m = Math.round(median(placed[title]!));
    const marker = markers.filter({ hasText: title });
    await expect(marker).toHaveAttribute('aria-label', new RegExp(`^${title}: median ${m} `));
    await expect(marker.locator('.cchart__median')).toHaveText(String(m));
    await expect(marker.locator('.cchart__count')).toHaveText(String(placed[title]!.length));
  }
  await expect(markers.filter({ hasText: TOWN_HALLS })).toHaveAttribute(
    'aria-label',
    /\(Symbolic\), middle half 15–25,/,
  );
  await expect(markers.filter({ hasText: CHECKLIST })).toHaveAttribute('aria-label', /\(Process & policy\)/);
  await expect(markers.filter({ hasText: BONUS })).toHaveAttribute('aria-label', /\(Substantive\)/);

  // Readable from the back: titles at least 28 px, nothing drawn over anything else.
  const boxes = await chartBoxes(projector);
  expect(boxes).toHaveLength(12);
  for (const box of boxes.filter((b) => b.what.startsWith('cchart__title'))) {
    expect(box.fontSize).toBeGreaterThanOrEqual(28);
  }
  expect(overlapping(boxes)).toEqual([]);
  await projector.screenshot({ path: `${SHOTS}/continuum-projector.png` });

  // The console: the compact chart and the table.
  const rows = page.getByTestId('console-result').getByTestId('continuum-row');
  await expect(rows).toHaveCount(4);
  await expect(rows.first()).toContainText(BONUS);
  await expect(rows.filter({ hasText: TOWN_HALLS })).toContainText('Symbolic');
  await expect(rows.filter({ hasText: TOWN_HALLS })).toContainText('15–25 (10)');
  await page.mouse.move(0, 0);
  await page.getByTestId('console-result').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${SHOTS}/continuum-console.png` });

  // Closing stores the result; phones see answers closed and cannot move the slider.
  await page.keyboard.press('Space');
  await expect(ana.getByText('Answers are closed')).toBeVisible();
  await expect(agendaButton).toContainText('Results saved');
  await ben.getByRole('button', { name: /^Every manager visits/ }).click();
  await expect(ben.getByRole('button', { name: 'Placed at 85 ✓' })).toBeDisabled();

  // After a reload of the console, the result is still there.
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.reload();
  await expect(agendaButton).toContainText('Results saved');
  await expect(rows.filter({ hasText: VISITS })).toContainText('70');
  await expect(rows.filter({ hasText: CHECKLIST })).toContainText(String(Math.round(median([45, 60]))));

  await endSession(page);
  await expect(ana.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
  await expect(page.getByText('· results saved')).toBeVisible();

  // What is stored in the workshop is what the phones sent: the exported file carries it.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  const stored = file.workshop.results['continuum-plan:placement'];
  expect(stored.kind).toBe('continuum-placement');
  const idOf: Record<string, string> = {
    [TOWN_HALLS]: 'town-halls',
    [VISITS]: 'visits',
    [BONUS]: 'effort-bonus',
    [CHECKLIST]: 'checklist',
  };
  for (const title of TITLES) {
    const item = stored.tally.items.find((i: { id: string }) => i.id === idOf[title]);
    expect(item.median).toBe(median(placed[title]!));
    expect(item.count).toBe(placed[title]!.length);
  }

  await closeDevices(phones);
  await projectorContext.close();
});

/** Keys that take an untouched slider (at 50) to `value`. */
const keysTo = (value: number) => [
  'Home',
  ...Array<string>(Math.floor(value / 10)).fill('PageUp'),
  ...Array<string>(value % 10).fill('ArrowRight'),
];

test('a crowded line stays readable on the projector: fourteen initiatives near the middle, no overlaps, all on screen', async ({
  browser,
  page,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await openConsole(page);
  const { code, joinUrl } = await importAndStart(page, CROWDED, 'Crowded continuum');

  const { page: projector, context: projectorContext } = await openProjector(browser, code);
  const phone = await openPhone(browser, joinUrl);
  await openAnswers(page);

  const values = [35, 38, 40, 42, 45, 47, 50, 52, 55, 58, 60, 30, 62, 65];
  for (const [i, value] of values.entries()) {
    await expect(phone.page.getByText(`Initiative ${i + 1} of ${values.length}`)).toBeVisible();
    expect(await placeWithKeys(phone.page, keysTo(value))).toBe(value);
    await next(phone.page);
  }
  await expect(phone.page.getByText(/^All 14 initiatives placed ✓/)).toBeVisible();

  await page.keyboard.press('r');
  const markers = projector.getByTestId('continuum-marker');
  await expect(markers).toHaveCount(values.length);
  await expect(markers.filter({ hasText: 'Posters of the customer promise' })).toHaveAttribute(
    'aria-label',
    /median 30 \(Symbolic\)/,
  );
  const boxes = await chartBoxes(projector);
  expect(boxes).toHaveLength(3 * values.length);
  expect(overlapping(boxes)).toEqual([]);
  // The projector cannot scroll: every marker and label is on the screen, still readable.
  for (const box of boxes) {
    expect(box.bottom).toBeLessThanOrEqual(1080);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(1920);
  }
  // Smaller to fit, but never below half the projector's base size (36 px at 1920 wide).
  for (const box of boxes.filter((b) => b.what.startsWith('cchart__title'))) {
    expect(box.fontSize).toBeGreaterThanOrEqual(18);
  }
  const axis = (await projector.locator('.cchart__axis').boundingBox())!;
  expect(axis.y + axis.height).toBeLessThanOrEqual(1080);
  await projector.screenshot({ path: `${SHOTS}/continuum-projector-crowded.png` });

  await endSession(page);
  await expect(phone.page.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
  await phone.context.close();
  await projectorContext.close();
});
