import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const marker = (page: Page, name: string) => page.getByRole('slider', { name });

async function openSamplePlan(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample workshop' }).click();
  await page.getByRole('link', { name: 'Action plan' }).click();
  await expect(page.getByRole('heading', { name: 'Continuum action plan' })).toBeVisible();
}

test('initiatives are added, placed by drag and by keyboard, and exported as PDF and CSV', async ({
  page,
}) => {
  await openSamplePlan(page);
  // The sample's six initiatives are on the line already.
  await expect(page.getByRole('slider')).toHaveCount(6);

  // A new initiative, typed in.
  await page.getByRole('button', { name: '+ Add initiative' }).click();
  const editor = page.getByRole('complementary', { name: 'Initiative 7' });
  await editor.getByLabel('Title').fill('Plain-language bills for every customer');
  await editor.getByLabel('Owner').fill('Head of Billing');
  await editor.getByLabel('Customer metric').fill('Bill-related calls per 1,000 customers');
  await editor.getByLabel('Money').check();

  // One from an earlier exercise: the first journey hot spot or card the sample offers.
  const candidate = page.locator('.plan-candidate-group li').first();
  const candidateTitle = (await candidate.locator('strong').textContent())!;
  await candidate.getByRole('button', { name: /^Make an initiative of/ }).click();
  await expect(page.getByLabel('Title of initiative 8')).toHaveValue(candidateTitle);
  await expect(page.locator('.plan-candidate-group strong', { hasText: candidateTitle })).toHaveCount(0);

  // Keyboard: put #7 on the line, then move it with the arrow keys.
  await page.getByRole('button', { name: /^7\. Plain-language bills.*place on the line$/ }).click();
  const seven = marker(page, '7. Plain-language bills for every customer');
  await expect(seven).toBeFocused();
  await expect(seven).toHaveAttribute('aria-valuenow', '50');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(seven).toHaveAttribute('aria-valuenow', '69');
  await expect(seven).toHaveAttribute('aria-valuetext', '69, Substantive');
  await page.keyboard.press('Home');
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(seven).toHaveAttribute('aria-valuenow', '90');

  // Pointer: put #8 on the line, then drag it to about 20.
  await page.getByRole('button', { name: /^8\. .*place on the line$/ }).click();
  const eight = page.locator('.continuum-marker[aria-label^="8. "]');
  await expect(eight).toHaveAttribute('aria-valuenow', /\d+/);
  const track = (await page.locator('.continuum-track').boundingBox())!;
  const from = (await eight.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(track.x + track.width * 0.2, from.y + from.height / 2, { steps: 12 });
  await page.mouse.up();
  const dropped = Number(await eight.getAttribute('aria-valuenow'));
  expect(Math.abs(dropped - 20)).toBeLessThanOrEqual(1);
  await expect(page.getByRole('row').filter({ has: page.getByLabel('Title of initiative 8') })).toContainText(
    `Symbolic · ${dropped}`,
  );

  // Positions are saved with the workshop.
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.reload();
  await expect(marker(page, '7. Plain-language bills for every customer')).toHaveAttribute(
    'aria-valuenow',
    '90',
  );
  await expect(page.locator('.continuum-marker[aria-label^="8. "]')).toHaveAttribute(
    'aria-valuenow',
    String(dropped),
  );

  // Delete with undo.
  await page.getByRole('button', { name: 'Delete initiative 6' }).click();
  await expect(page.getByRole('slider')).toHaveCount(7);
  await page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('slider')).toHaveCount(8);

  // The PDF, made in the page and downloaded.
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toBe('Northwind Telecom — customer-centricity day – action plan.pdf');
  const pdfPath = (await pdf.path())!;
  expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
  expect(text).toContain('Northwind Telecom');
  expect(text).toContain('Plain-language bills for every customer');
  expect(text).toContain(candidateTitle);
  expect(text).toContain('Every director spends a day a quarter with customers');
  expect(text).toMatch(/Page \d+ of \d+/);
  expect(text).toContain('Summary');
  expect(text).toContain('Customer-burden journey');
  // Made in the page like in Node: tagged, with the sRGB profile and the CSV inside.
  expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
  expect(execFileSync('pdfdetach', ['-list', pdfPath], { encoding: 'utf8' })).toContain('action plan.csv');
  expect(execFileSync('qpdf', ['--check', pdfPath], { encoding: 'utf8' })).toContain(
    'No syntax or stream encoding errors',
  );
  await expect(page.getByRole('button', { name: 'Export PDF' })).toBeEnabled();

  // The CSV: UTF-8 with a byte-order mark, one row per initiative.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = readFileSync((await (await csvDownload).path())!);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = csv.toString('utf8').split('\r\n').filter(Boolean);
  expect(rows).toHaveLength(9);
  expect(rows[0]).toMatch(/^\uFEFF#,Title,Band,Agreed position,Room’s median,/);
  expect(
    rows.some((row) =>
      /^\d+,Plain-language bills for every customer,Substantive,90,[^,]*,[^,]*,[^,]*,[^,]*,Head of Billing,/.test(
        row,
      ),
    ),
  ).toBe(true);
});

test('the paper size setting makes a US Letter PDF', async ({ page }) => {
  await openSamplePlan(page);
  await page.getByRole('combobox', { name: 'Paper' }).selectOption('Letter');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const path = (await (await download).path())!;
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Paper' })).toHaveValue('Letter');
});
