import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { kindOf } from '../../shared/activities/registry';
import { activitiesOf } from '../../shared/exercises/activities';
import { writeWorkshopFile } from '../../shared/workshop/file';
import { newWorkshop } from '../../shared/workshop/schema';
import { createWorkshop, importWorkshop, liveActivity, openConsole } from './support/console';
import { openPhones } from './support/phone';
import { closeAnswers, closeDevices, endSession, openAnswers, startSession } from './support/session';

/** Screenshots for people to look at; not part of the repo. */
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/results-export-shots';

/** What each phone rates the four centricity questions (1–5). */
const RATINGS = [
  [5, 4, 3, 2],
  [1, 2, 3, 4],
];

type Cell = unknown;

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await waiting;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** The CSVs of the ZIP, parsed by an independent parser, in the XLSX's terms (empty = null). */
function csvSheets(zip: Buffer): Map<string, string[][]> {
  const files = unzipSync(new Uint8Array(zip));
  return new Map(
    Object.entries(files).map(([name, bytes]) => [
      name,
      parse(Buffer.from(bytes).toString('utf8'), { bom: true }) as string[][],
    ]),
  );
}

/** A CSV cell says what the XLSX cell says: numbers as written, times as ISO text. */
function sameCell(xlsx: Cell, csv: string): boolean {
  if (xlsx === null) return csv === '';
  if (xlsx instanceof Date) return Math.abs(xlsx.getTime() - Date.parse(csv)) <= 1;
  return (typeof xlsx === 'string' || typeof xlsx === 'number') && String(xlsx) === csv;
}

test('a session’s answers leave the app as XLSX and CSV: two phones and two practice participants', async ({
  browser,
  page,
}) => {
  test.setTimeout(150_000);
  mkdirSync(SHOTS, { recursive: true });
  await openConsole(page);
  await createWorkshop(page, 'Results export');
  const { joinUrl } = await startSession(page);
  const phones = await openPhones(browser, joinUrl, RATINGS.length);
  const room = page.getByTestId('practice-room');
  await room.getByLabel('Simulated participants to add').fill('2');
  await room.getByRole('button', { name: 'Add 2 simulated participants' }).click();
  await expect(page.getByTestId('joined-count')).toHaveText('4');

  await openAnswers(page);
  for (const [p, { page: phone }] of phones.entries()) {
    for (const [q, value] of RATINGS[p]!.entries()) {
      const item = phone.locator('fieldset.item').nth(q);
      await item.getByRole('radio', { name: String(value), exact: true }).click();
      await expect(item.getByText('Answer received ✓')).toBeVisible();
    }
  }
  await expect(page.getByTestId('console-answered')).toHaveText('4 of 4 answered', { timeout: 15_000 });
  await closeAnswers(page);
  await expect(liveActivity(page, /Results saved/)).toBeVisible();
  await closeDevices(phones);
  await endSession(page);

  await page.getByRole('link', { name: 'Action plan' }).click();
  const xlsxButton = page.getByRole('button', { name: 'Results (XLSX)' });
  await expect(xlsxButton).toBeEnabled();
  await page.locator('.plan-toolbar').screenshot({ path: `${SHOTS}/plan-toolbar.png` });

  const xlsx = await download(page, 'Results (XLSX)');
  expect(xlsx.name).toBe('Results export – results.xlsx');
  const sheets = await readXlsxFile(xlsx.bytes);
  expect(sheets.map((s) => s.sheet)).toEqual(['Summary', '01 Centricity check']);
  const [header, ...answers] = sheets[1]!.data;
  expect(header).toEqual(['Participant', 'Item', 'Value', 'Time (UTC)', 'Practice']);
  // The phones joined first, as 1 and 2, and rated every question; the simulated two, 3 and 4, some.
  expect(new Set(answers.map((row) => row[0]))).toEqual(new Set([1, 2, 3, 4]));
  const questions = [...new Set(answers.map((row) => row[1] as string))];
  expect(questions).toHaveLength(4);
  for (const [p, ratings] of RATINGS.entries()) {
    const given = answers.filter((row) => row[0] === p + 1);
    expect(given.map((row) => row[2])).toEqual(ratings);
    expect(given.every((row) => row[4] === 'no')).toBe(true);
  }
  for (const row of answers.filter((r) => (r[0] as number) > 2)) expect(row[4]).toBe('yes');

  // The summary: each question's answers of the room and their mean, as the answers give them.
  const [columns, all, ...rows] = sheets[0]!.data;
  const at = (name: string) => columns!.indexOf(name);
  expect(all![at('Item')]).toBe('All items');
  expect(all![at('Answered')]).toBe('4 of 4');
  expect([all![at('Answers')], all![at('Of participants')], all![at('Practice participants')]]).toEqual([
    4, 4, 2,
  ]);
  expect(rows.map((r) => r[at('Item')])).toEqual(questions);
  for (const row of rows) {
    const values = answers.filter((a) => a[1] === row[at('Item')]).map((a) => a[2] as number);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(row[at('Answers')]).toBe(values.length);
    expect(row[at('Of participants')]).toBe(4);
    expect(Math.abs((row[at('Mean')] as number) - mean)).toBeLessThanOrEqual(0.005);
  }

  // The CSVs, zipped: the same tables, read by another parser.
  const zip = await download(page, 'Results (CSV)');
  expect(zip.name).toBe('Results export – results (CSV).zip');
  const csvs = csvSheets(zip.bytes);
  expect([...csvs.keys()]).toEqual(['Summary.csv', '01 Centricity check.csv']);
  for (const [index, table] of [...csvs.values()].entries()) {
    const data = sheets[index]!.data;
    expect(table).toHaveLength(data.length);
    data.forEach((row, r) => row.forEach((cell, c) => expect(sameCell(cell, table[r]![c]!)).toBe(true)));
  }
});

test('a large result exports too: 600 participants, 2,400 answers in one sheet', async ({ page }) => {
  const workshop = newWorkshop('Large room');
  const spec = activitiesOf(workshop.agenda[0]!, workshop)[0]!;
  const items = (spec.config as { items: { id: string }[] }).items;
  const answers = Array.from({ length: 600 }, (_, p) =>
    items.map((item, q) => ({
      participant: p + 1,
      item: item.id,
      value: ((p + q) % 5) + 1,
      at: 1_790_000_000_000 + p,
    })),
  ).flat();
  const kind = kindOf('scale-poll');
  const tally = kind.tally(
    kind.configSchema.parse(spec.config),
    answers.map((a) => ({ participantId: String(a.participant), itemId: a.item, value: a.value, at: a.at })),
  );
  workshop.results[spec.id] = {
    activityId: spec.id,
    kind: spec.kind,
    closedAt: 1_790_000_100_000,
    participants: 600,
    answered: 600,
    tally,
    answers,
  };
  await openConsole(page);
  await importWorkshop(page, {
    name: 'large.outside-in.json',
    mimeType: 'application/json',
    buffer: Buffer.from(writeWorkshopFile(workshop)),
  });
  await page.getByRole('link', { name: 'Large room' }).click();
  await page.getByRole('link', { name: 'Action plan' }).click();
  // A sheet this size is zipped past the size at which the zip library would want a worker.
  const xlsx = await download(page, 'Results (XLSX)');
  const sheets = await readXlsxFile(xlsx.bytes);
  expect(sheets[1]!.data).toHaveLength(answers.length + 1);
  const csvs = csvSheets((await download(page, 'Results (CSV)')).bytes);
  expect(csvs.get('01 Centricity check.csv')).toHaveLength(answers.length + 1);
});

test('a German workshop’s results leave the app in German: file, sheet and column names, cell words', async ({
  page,
}) => {
  const workshop = newWorkshop('Kundentag', 1_790_000_000_000, 'de');
  const spec = activitiesOf(workshop.agenda[0]!, workshop)[0]!;
  const items = (spec.config as { items: { id: string }[] }).items;
  const answers = items.map((item, q) => ({
    participant: 1,
    item: item.id,
    value: q + 1,
    at: 1_790_000_000_000 + q,
  }));
  const kind = kindOf('scale-poll');
  workshop.results[spec.id] = {
    activityId: spec.id,
    kind: spec.kind,
    closedAt: 1_790_000_100_000,
    participants: 2,
    answered: 1,
    tally: kind.tally(
      kind.configSchema.parse(spec.config),
      answers.map((a) => ({ participantId: '1', itemId: a.item, value: a.value, at: a.at })),
    ),
    answers,
  };
  await openConsole(page);
  await importWorkshop(page, {
    name: 'kundentag.outside-in.json',
    mimeType: 'application/json',
    buffer: Buffer.from(writeWorkshopFile(workshop)),
  });
  await page.getByRole('link', { name: 'Kundentag' }).click();
  await page.getByRole('link', { name: 'Action plan' }).click();

  const xlsx = await download(page, 'Results (XLSX)');
  expect(xlsx.name).toBe('Kundentag – Ergebnisse.xlsx');
  await expect(page.getByText('Kundentag – Ergebnisse.xlsx')).toBeVisible();
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/german-results-saved.png` });
  const sheets = await readXlsxFile(xlsx.bytes);
  expect(sheets[0]!.sheet).toBe('Übersicht');
  const [columns, all] = sheets[0]!.data;
  expect(columns!.slice(0, 6)).toEqual([
    'Übung',
    'Aktivität',
    'Eintrag',
    'Antworten',
    'Teilnehmende gesamt',
    'Beantwortet',
  ]);
  expect([all![2], all![5]]).toEqual(['Alle Einträge', '1 von 2']);
  expect(sheets[1]!.data[0]).toEqual(['Person', 'Eintrag', 'Wert', 'Zeit (UTC)', 'Probe']);
  expect(sheets[1]!.data.slice(1).map((row) => row[4])).toEqual(answers.map(() => 'nein'));

  const zip = await download(page, 'Results (CSV)');
  expect(zip.name).toBe('Kundentag – Ergebnisse (CSV).zip');
  const csvs = csvSheets(zip.bytes);
  expect([...csvs.keys()][0]).toBe('Übersicht.csv');
  expect(csvs.get('Übersicht.csv')![1]![5]).toBe('1 von 2');
});
