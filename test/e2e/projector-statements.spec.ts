import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { OpenTextConfig } from '../../shared/activities/openText';
import { statementItem } from '../../shared/activities/openText';
import { TestClient } from '../../electron/hub/testing/client';
import { createWorkshop, liveActivity, openConsole } from './support/console';
import { closeDevices, joinDetails, openAnswers, openProjector, startSession } from './support/session';

const WORDS = ['listen', 'ask', 'measure', 'simplify', 'call', 'visit', 'fix'];

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/projector-statements-shots';

test('a long list of statements: the facilitator pages the projector through it and shows a word cloud', async ({
  browser,
  page,
}) => {
  test.setTimeout(150_000);
  mkdirSync(SHOTS, { recursive: true });
  await openConsole(page);
  await createWorkshop(page, 'Statements on the wall');
  const { code } = await startSession(page);
  const projector = await openProjector(browser, code);
  await liveActivity(page, /^What customer-centric means/).click();
  await openAnswers(page);

  // Eight people each write two statements on the first list (over the protocol, like phones).
  const { joinUrl } = await joinDetails(page);
  const wsUrl = joinUrl.replace(/^http/, 'ws').replace(/\/j\/.*$/, '/ws');
  const people: TestClient[] = [];
  for (let person = 0; person < 8; person++) {
    const phone = await TestClient.connect(wsUrl);
    phone.hello({ role: 'participant', code });
    const current = (await phone.next('welcome')).snapshot.session!.current;
    const list = (current.config as OpenTextConfig).lists[0]!.id;
    for (let n = 0; n < 2; n++) {
      phone.send({
        type: 'answer',
        activityId: current.id,
        itemId: statementItem(`p${person}n${n}`),
        clientAnswerId: `a${person}-${n}`,
        value: {
          list,
          text: `Statement ${person * 2 + n + 1}: we ${WORDS[(person + n) % WORDS.length]} first`,
        },
      });
      expect((await phone.next('ack')).status).toBe('recorded');
    }
    people.push(phone);
  }
  await expect(page.getByTestId('console-answered')).toHaveText('8 of 8 answered');
  await page.keyboard.press('r');
  const result = projector.page.getByTestId('projector-result');
  await expect(result).toBeVisible();

  // More statements than a page: the console offers the pages, the projector follows.
  const pageLabel = page.getByTestId('projector-page');
  await expect(pageLabel).toHaveText(/^Page 1 of 3$/);
  const firstOnWall = await result.locator('.ranked__text').first().textContent();
  await page.getByRole('button', { name: 'Next page ›' }).click();
  await expect(pageLabel).toHaveText(/^Page 2 of /);
  await expect(result.locator('.ranked__items').first()).toHaveAttribute('start', '7');
  await expect(result.locator('.ranked__text').first()).not.toHaveText(firstOnWall!);
  await projector.page.screenshot({ path: `${SHOTS}/projector-page-2.png` });

  await page.getByTestId('show-word-cloud').click();
  const cloud = projector.page.getByTestId('word-cloud');
  await expect(cloud).toBeVisible();
  expect(await cloud.getByRole('listitem').count()).toBeGreaterThan(5);
  // Readable from the back: no word under the projector's 24 px floor.
  const sizes = await cloud
    .getByRole('listitem')
    .evaluateAll((items) => items.map((i) => parseFloat(getComputedStyle(i).fontSize)));
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
  await projector.page.screenshot({ path: `${SHOTS}/projector-word-cloud.png` });
  await page.screenshot({ path: `${SHOTS}/console-display.png` });
  for (const phone of people) phone.close();
  await closeDevices([projector]);
});
