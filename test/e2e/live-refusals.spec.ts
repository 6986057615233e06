import { mkdirSync } from 'node:fs';
import { expect, test, type WebSocketRoute } from '@playwright/test';
import { openConsole } from './support/console';

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/live-refusals-shots';

test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

test('a German console says in German why the hub refused a control', async ({ page }) => {
  // The console's own connection to the hub, passed through untouched; through it the test sends
  // controls the console's buttons never send (they know the agenda's ends), as an out-of-date
  // console would, and the real hub refuses them.
  let hub: WebSocketRoute | null = null;
  await page.routeWebSocket(/./, (ws) => {
    hub = ws.connectToServer();
  });
  await openConsole(page);
  await page.getByTestId('console-language').selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');

  await page.getByRole('button', { name: /^Neuer Workshop/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Neuer Workshop' });
  await dialog.getByLabel('Name').fill('Kundentag Köln');
  await dialog.getByRole('button', { name: 'Workshop anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kundentag Köln' })).toBeVisible();

  await page.getByRole('link', { name: 'Live durchführen' }).click();
  const start = page.getByRole('button', { name: 'Live-Sitzung starten' });
  const other = page.getByRole('button', { name: 'Diese Sitzung beenden' });
  await expect(start.or(other)).toBeVisible();
  if (await other.isVisible()) {
    page.once('dialog', (d) => void d.accept());
    await other.click();
  }
  await start.click();
  await expect(page.getByTestId('join-code')).toBeVisible();
  expect(hub).not.toBeNull();

  const alert = page.locator('.live-alert');
  hub!.send(JSON.stringify({ type: 'control', control: { action: 'goto', index: 99 } }));
  await expect(alert).toContainText(/^Es gibt keine Aktivität 100; die Agenda hat \d+ Aktivitäten\./);
  await alert.screenshot({ path: `${SHOTS}/no-such-activity-de.png` });
  await alert.getByRole('button', { name: 'Schließen' }).click();

  hub!.send(
    JSON.stringify({ type: 'control', control: { action: 'remove-participant', participantId: 'p-x' } }),
  );
  await expect(alert).toHaveText(/^Diese Person nimmt nicht an dieser Sitzung teil\./);
  await page.screenshot({ path: `${SHOTS}/not-in-session-de.png` });

  page.once('dialog', (d) => void d.accept());
  const end = page.getByRole('button', { name: 'Sitzung beenden' });
  await end.click();
  await expect(end).toHaveCount(0);
});
