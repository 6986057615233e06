import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { expect, test, type Browser } from '@playwright/test';
import { pseudoMessage, readCatalogue } from '../../scripts/i18n/catalogues';
import { createWorkshop, openConsole } from './support/console';
import { overflowing } from './support/overflow';
import {
  closeAnswers,
  closeDevices,
  endSession,
  openAnswers,
  openProjector,
  startSession,
  type Device,
} from './support/session';

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/languages-shots';
const en = readCatalogue('en');
/** What the pseudo-locale shows for an English message without arguments. */
const pseudo = (key: string) => pseudoMessage(en[key]!).replace(/''/g, "'");

/** A phone whose browser speaks `locale`, joined and connected (whatever the page's language). */
async function phoneIn(browser: Browser, url: string, locale: string, width = 360): Promise<Device> {
  const context = await browser.newContext({
    viewport: { width, height: 800 },
    hasTouch: true,
    isMobile: true,
    locale,
  });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('[data-connection="connected"]')).toBeVisible();
  return { context, page };
}

test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

test('a German workshop: phones and projector speak German; a phone can switch to its own language', async ({
  browser,
  page,
}) => {
  await openConsole(page);
  await createWorkshop(page, 'Kundentag München', { language: 'de' });
  const { code, joinUrl } = await startSession(page);
  const devices: Device[] = [];
  try {
    const projector = await openProjector(browser, code);
    devices.push(projector);
    await expect(projector.page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(projector.page.getByText('Mit dem Handy teilnehmen')).toBeVisible();
    await expect(projector.page.getByLabel('Teilnahmecode')).toHaveText(code);
    // The exercise content came from the German template: nobody translated it.
    await expect(projector.page.getByRole('heading', { level: 1 })).toHaveText('Kundenorientierung im Check');

    const german = await phoneIn(browser, joinUrl, 'de-DE', 390);
    devices.push(german);
    await expect(german.page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(german.page.getByText('Sie sind dabei.', { exact: false })).toBeVisible();
    // Its browser speaks the room's language: nothing to offer.
    await expect(german.page.getByRole('button', { name: /anzeigen$/ })).toHaveCount(0);

    await openAnswers(page);
    await expect(projector.page.getByText('Jetzt auf dem Handy antworten')).toBeVisible();
    const question = german.page.locator('fieldset.item').first();
    await expect(german.page.getByText('Wie sehr trifft jede Aussage heute auf uns zu?')).toBeVisible();
    await question.getByRole('radio', { name: '4' }).click();
    await expect(question.getByText('Antwort erhalten ✓')).toBeVisible();
    await german.page.screenshot({ path: `${SHOTS}/phone-de-390.png`, fullPage: true });
    await projector.page.screenshot({ path: `${SHOTS}/projector-de.png` });

    // A visitor whose browser is English gets the offer, in the room's language, and takes it.
    const visitor = await phoneIn(browser, joinUrl, 'en-US');
    devices.push(visitor);
    await visitor.page.getByRole('button', { name: 'Auf English anzeigen' }).click();
    await expect(visitor.page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(
      visitor.page.locator('fieldset.item').first().getByRole('radio', { name: '3' }),
    ).toBeVisible();
    await expect(visitor.page.getByRole('button', { name: 'Show in Deutsch' })).toBeVisible();

    // The room's conclusion goes back on the projector in German too.
    await closeAnswers(page);
    await page.getByRole('button', { name: 'Show on projector: Kundenorientierung im Check' }).click();
    const outcome = projector.page.getByTestId('projector-outcome');
    await expect(
      outcome.getByText(/^Mittelwert aus 1 Antwort auf einer Skala von 1 \(gar nicht\)/),
    ).toBeVisible();
    await expect(outcome.getByText('Kein früherer Wert zum Vergleich').first()).toBeVisible();
    await projector.page.screenshot({ path: `${SHOTS}/projector-de-outcome.png` });
  } finally {
    await closeDevices(devices);
    await endSession(page);
  }
});

test('a German workshop’s plan PDF speaks German: masthead, summary, bands, page numbers', async ({
  page,
}) => {
  await openConsole(page);
  await createWorkshop(page, 'Aktionstag Köln', { language: 'de' });
  await page.getByRole('link', { name: 'Action plan' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  expect((await download).suggestedFilename()).toBe('Aktionstag Köln – Aktionsplan.pdf');
  const path = (await (await download).path())!;
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
  for (const heading of [
    'AKTIONSPLAN KUNDENORIENTIERUNG',
    'Zusammenfassung',
    'Initiativen nach Bereich, meiste Punkte zuerst',
    'Symbolisch',
    'Prozesse & Regeln',
    'Substanziell',
    'Seite 1 von',
  ])
    expect(text).toContain(heading);
  expect(text).not.toContain('Summary');
});

test('an Arabic room: the phone reads right to left, the continuum still from symbolic to substantive', async ({
  browser,
  page,
}) => {
  await openConsole(page);
  await createWorkshop(page, 'Customer day Dubai', { language: 'ar' });
  const { code, joinUrl } = await startSession(page);
  const devices: Device[] = [];
  try {
    const phone = await phoneIn(browser, joinUrl, 'ar', 390);
    devices.push(phone);
    await expect(phone.page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(phone.page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(phone.page.getByText('انضممت', { exact: false })).toBeVisible();
    const projector = await openProjector(browser, code);
    devices.push(projector);
    await expect(projector.page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(projector.page.getByText('انضم من هاتفك')).toBeVisible();

    await openAnswers(page);
    await expect(phone.page.locator('fieldset.item').first().getByRole('radio', { name: '4' })).toBeVisible();
    // Right to left, the first scale value sits at the right.
    const one = (await phone.page
      .locator('fieldset.item')
      .first()
      .getByRole('radio', { name: '1' })
      .boundingBox())!;
    const five = (await phone.page
      .locator('fieldset.item')
      .first()
      .getByRole('radio', { name: '5' })
      .boundingBox())!;
    expect(one.x).toBeGreaterThan(five.x);
    expect(await overflowing(phone.page)).toEqual([]);
    await phone.page.screenshot({ path: `${SHOTS}/phone-ar-390.png`, fullPage: true });
    await projector.page.screenshot({ path: `${SHOTS}/projector-ar.png` });
  } finally {
    await closeDevices(devices);
    await endSession(page);
  }
});

test('the pseudo-locale (40 % longer, accented) fits a 360 px phone and the projector', async ({
  browser,
  page,
}) => {
  await openConsole(page);
  await createWorkshop(page, 'Pseudo-locale');
  const { code, joinUrl } = await startSession(page);
  const devices: Device[] = [];
  try {
    const phone = await phoneIn(browser, `${joinUrl}?lang=en-XA`, 'en-US', 360);
    devices.push(phone);
    await expect(phone.page.locator('html')).toHaveAttribute('lang', 'en-XA');
    await expect(phone.page.getByText(pseudo('phone.waitingForOpen'))).toBeVisible();
    expect(await overflowing(phone.page)).toEqual([]);
    await phone.page.screenshot({ path: `${SHOTS}/phone-en-XA-waiting.png`, fullPage: true });

    const projector = await openProjector(browser, code);
    devices.push(projector);
    await projector.page.goto(`/projector?lang=en-XA#code=${code}`);
    await expect(projector.page.locator('html')).toHaveAttribute('lang', 'en-XA');

    await openAnswers(page);
    await expect(phone.page.locator('fieldset.item').first().getByRole('radio', { name: '4' })).toBeVisible();
    await phone.page.locator('fieldset.item').first().getByRole('radio', { name: '4' }).click();
    await expect(phone.page.getByText(pseudo('status.received')).first()).toBeVisible();
    expect(await overflowing(phone.page)).toEqual([]);
    await phone.page.screenshot({ path: `${SHOTS}/phone-en-XA-open.png`, fullPage: true });
    await expect(projector.page.getByText(pseudo('projector.phaseOpen'))).toBeVisible();
    expect(await overflowing(projector.page)).toEqual([]);
    await projector.page.screenshot({ path: `${SHOTS}/projector-en-XA.png` });
  } finally {
    await closeDevices(devices);
    await endSession(page);
  }
});
