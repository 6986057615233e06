// npm run results -- <workshop.outside-in.json> --xlsx results.xlsx --csv results-folder
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import writeXlsxFile from 'write-excel-file/node';
import { buildResults, resultsSheets, resultsTables, tableCsv } from '../shared/results';
import { openWorkshop, type Io } from './plan';

export const USAGE = `Writes a workshop's results for analysis, without the app.

Usage: npm run results -- <workshop.outside-in.json> [--xlsx results.xlsx] [--csv FOLDER]

  --xlsx FILE    one workbook: a Summary sheet, then a sheet per activity with every answer
  --csv FOLDER   the same tables as CSV files (UTF-8, for spreadsheets) in this folder
At least one of --xlsx and --csv is needed.`;

type Args = { file: string; xlsx?: string; csv?: string };

function parseArgs(argv: readonly string[]): Args | string {
  const args: Partial<Args> = {};
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    if (arg === '--xlsx' || arg === '--csv') {
      const next = argv[k + 1];
      if (next === undefined || next.startsWith('--')) return `${arg} needs a value.`;
      args[arg === '--xlsx' ? 'xlsx' : 'csv'] = next;
      k += 1;
    } else if (arg.startsWith('--')) return `Unknown option ${arg}.`;
    else if (args.file === undefined) args.file = arg;
    else return `One workshop file at a time (got "${args.file}" and "${arg}").`;
  }
  if (!args.file) return 'Which workshop file?';
  if (!args.xlsx && !args.csv) return 'Say what to make: --xlsx FILE, --csv FOLDER or both.';
  return args as Args;
}

/** Why nothing can be written to `folder` (a file in the way), or null. */
async function folderProblem(folder: string): Promise<string | null> {
  try {
    return (await stat(folder)).isDirectory() ? null : `${folder} is a file, not a folder.`;
  } catch {
    return null; // made when writing
  }
}

/**
 * Every file goes to a temporary name first and is renamed once all are written: a failure
 * midway leaves the earlier files as they were, never a half-written one.
 */
async function writeAll(files: Array<{ path: string; data: string | Uint8Array }>): Promise<void> {
  const temps = files.map((f) => ({ ...f, temp: `${f.path}.${process.pid}.tmp` }));
  try {
    for (const f of temps) await writeFile(f.temp, f.data);
    for (const f of temps) await rename(f.temp, f.path);
  } finally {
    await Promise.all(temps.map((f) => rm(f.temp, { force: true })));
  }
}

/** Exit code: 0 done, 1 the workshop could not be read or the files not written, 2 wrong arguments. */
export async function main(
  argv: readonly string[],
  io: Io = { out: console.log, err: console.error },
): Promise<number> {
  const opened = await openWorkshop(parseArgs(argv), USAGE, io);
  if (typeof opened === 'number') return opened;
  const { args } = opened;
  const book = buildResults(opened.workshop);
  if (book.activities.length === 0) {
    io.err(`${args.file}: this workshop has no results yet. Run a session and close its activities first.`);
    return 1;
  }
  const problem = args.csv ? await folderProblem(args.csv) : null;
  if (problem) {
    io.err(`Nothing written: ${problem}`);
    return 1;
  }
  const tables = resultsTables(book);
  const answers = book.activities.reduce((sum, a) => sum + a.rows.length, 0);
  const files: Array<{ path: string; data: string | Uint8Array }> = [];
  let madeFolder: string | undefined;
  try {
    if (args.xlsx) files.push({ path: args.xlsx, data: await writeXlsxFile(resultsSheets(book)).toBuffer() });
    if (args.csv) {
      madeFolder = await mkdir(args.csv, { recursive: true });
      for (const table of tables) files.push({ path: join(args.csv, table.file), data: tableCsv(table) });
    }
    await writeAll(files);
  } catch (error) {
    // The folder made for the CSVs holds nothing now: it goes too.
    if (madeFolder) await rm(madeFolder, { recursive: true, force: true });
    io.err(`Nothing written: ${(error as Error).message}`);
    return 1;
  }
  const what = `${book.activities.length} activities, ${answers} answer rows`;
  if (args.xlsx) io.out(`Wrote ${args.xlsx} (${what})`);
  if (args.csv) io.out(`Wrote ${tables.length} CSV files to ${args.csv} (${what})`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
