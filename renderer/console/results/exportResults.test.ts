import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildResults, resultsTables, tableCsv } from '../../../shared/results';
import { newWorkshop, type Workshop } from '../../../shared/workshop/schema';
import { hasResults, resultsCsvZip, resultsExportName } from './exportResults';
import { zip } from './syncZip';

function closedPoll(): Workshop {
  const workshop = newWorkshop('Spring: review');
  const id = `${workshop.agenda[0]!.id}:questions`;
  return {
    ...workshop,
    results: {
      [id]: {
        activityId: id,
        kind: 'scale-poll',
        closedAt: 10,
        participants: 2,
        answered: 1,
        tally: { items: [], respondents: 1 },
        answers: [{ participant: 1, item: 'x', value: 3, at: 5 }],
      },
    },
  };
}

describe('results export in the console', () => {
  it('zips the summary and a CSV per activity, each as the CLI writes it', () => {
    const workshop = closedPoll();
    const files = unzipSync(resultsCsvZip(workshop));
    const tables = resultsTables(buildResults(workshop));
    expect(Object.keys(files)).toEqual(tables.map((t) => t.file));
    for (const table of tables) expect(files[table.file]).toEqual(strToU8(tableCsv(table)));
    expect(resultsExportName(workshop, 'csv')).toBe('Spring review – results (CSV).zip');
    expect(resultsExportName(workshop, 'xlsx')).toBe('Spring review – results.xlsx');
  });

  it('has nothing to export before an activity closed', () => {
    expect(hasResults(newWorkshop('Empty'))).toBe(false);
    expect(hasResults(closedPoll())).toBe(true);
  });

  it('zips without a worker, on a later tick, and reports a failure through the callback', async () => {
    const big = new Uint8Array(300_000).map((_, i) => i % 251);
    let settled = false;
    const archive = new Promise<Uint8Array>((resolve, reject) =>
      zip({ 'big.bin': big }, (error, data) => {
        settled = true;
        if (error) reject(error);
        else resolve(data);
      }),
    );
    expect(settled).toBe(false);
    expect(unzipSync(await archive)['big.bin']).toEqual(big);
    const failed = await new Promise<unknown>((resolve) =>
      zip({ ['x'.repeat(70_000)]: big }, { level: 6 }, (error) => resolve(error)),
    );
    expect(failed).toBeInstanceOf(Error);
  });
});
