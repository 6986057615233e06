// npm run plan -- <workshop.outside-in.json> --pdf out.pdf --csv out.csv --run-sheet run.pdf [--paper A4|Letter] [--history earlier.outside-in.json …]
import { readFile, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  buildPlan,
  centricityScoresOf,
  initiativesCsv,
  type CentricityHistoryEntry,
  type Paper,
} from '../shared/plan';
import type { ActionPlan } from '../shared/plan/types';
import { readWorkshopFile } from '../shared/workshop/file';
import type { Workshop } from '../shared/workshop/schema';
import { needsCjkFont, planFontsIn } from '../renderer/plan-pdf/fonts';
import { renderPlanPdf } from '../renderer/plan-pdf/planDocument';
import { renderRunSheetPdf } from '../renderer/plan-pdf/runSheet';
import { buildRunSheet, type RunSheet } from '../shared/workshop/runSheet';

export const USAGE = `Makes the action plan of a workshop file, without the app.

Usage: npm run plan -- <workshop.outside-in.json> [--pdf out.pdf] [--csv out.csv] [--run-sheet run.pdf]
                      [--paper A4|Letter] [--history earlier.outside-in.json ...]

  --pdf FILE        write the plan as PDF
  --csv FILE        write the initiatives as CSV (UTF-8, for spreadsheets)
  --run-sheet FILE  write the facilitator's run sheet as PDF: agenda, times, notes, how to join
  --paper SIZE      A4 (default) or Letter
  --history FILE    an earlier workshop of the same organisation, for the centricity trend (repeatable)
At least one of --pdf, --csv and --run-sheet is needed.`;

export const FONT_FOLDER = fileURLToPath(new URL('../resources/fonts/', import.meta.url));
const COLOR_PROFILE = fileURLToPath(new URL('../resources/color/sRGB.icc', import.meta.url));

/** The fonts and colour profile a PDF of `content` needs, read from `folder`. */
async function pdfResources(content: unknown, folder: string) {
  const files = planFontsIn(folder);
  const [regular, bold, cjk, colorProfile] = await Promise.all([
    readFile(files.regular),
    readFile(files.bold),
    // The 4 MB CJK fallback is read only for plans with Chinese, Japanese or Korean text.
    needsCjkFont(content) ? readFile(files.cjk) : undefined,
    readFile(COLOR_PROFILE),
  ]);
  return { fonts: { regular, bold, cjk }, colorProfile };
}

/** Renders the plan to PDF bytes in Node (CLI, tests, benchmark) with the fonts in `folder`. */
export async function renderPlanPdfInNode(plan: ActionPlan, folder = FONT_FOLDER): Promise<Uint8Array> {
  const { fonts, colorProfile } = await pdfResources(plan, folder);
  return renderPlanPdf(plan, fonts, colorProfile);
}

/** Renders the run sheet to PDF bytes in Node. */
export async function renderRunSheetPdfInNode(sheet: RunSheet, folder = FONT_FOLDER): Promise<Uint8Array> {
  const { fonts, colorProfile } = await pdfResources(sheet, folder);
  return renderRunSheetPdf(sheet, fonts, colorProfile);
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

type Args = { file: string; pdf?: string; csv?: string; runSheet?: string; paper: Paper; history: string[] };

function parseArgs(argv: readonly string[]): Args | string {
  const args: Partial<Args> & { history: string[] } = { paper: 'A4', history: [] };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    const value = () => {
      const next = argv[k + 1];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value.`);
      k += 1;
      return next;
    };
    try {
      if (arg === '--pdf') args.pdf = value();
      else if (arg === '--csv') args.csv = value();
      else if (arg === '--run-sheet') args.runSheet = value();
      else if (arg === '--history') args.history.push(value());
      else if (arg === '--paper') {
        const paper = value();
        const match = (['A4', 'Letter'] as const).find((p) => p.toLowerCase() === paper.toLowerCase());
        if (!match) return `Unknown paper size "${paper}": use A4 or Letter.`;
        args.paper = match;
      } else if (arg.startsWith('--')) return `Unknown option ${arg}.`;
      else if (args.file === undefined) args.file = arg;
      else return `One workshop file at a time (got "${args.file}" and "${arg}").`;
    } catch (error) {
      return (error as Error).message;
    }
  }
  if (!args.file) return 'Which workshop file?';
  if (!args.pdf && !args.csv && !args.runSheet)
    return 'Say what to make: --pdf FILE, --csv FILE, --run-sheet FILE, or several.';
  return args as Args;
}

export async function readWorkshop(
  path: string,
): Promise<{ ok: true; workshop: Workshop } | { ok: false; message: string }> {
  let text: string;
  let bytes: number;
  try {
    bytes = (await stat(path)).size;
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      message: code === 'ENOENT' ? 'There is no such file.' : `It could not be read (${code ?? error}).`,
    };
  }
  return readWorkshopFile(text, bytes);
}

/**
 * The workshop a command's arguments name, or its exit code once the reason is said:
 * 2 for wrong arguments (with the usage), 1 for a file that cannot be read.
 */
export async function openWorkshop<A extends { file: string }>(
  args: A | string,
  usage: string,
  io: Io,
): Promise<{ args: A; workshop: Workshop } | number> {
  if (typeof args === 'string') {
    io.err(`${args}\n\n${usage}`);
    return 2;
  }
  const read = await readWorkshop(args.file);
  if (!read.ok) {
    io.err(`${args.file}: ${read.message}`);
    return 1;
  }
  return { args, workshop: read.workshop };
}

/** Exit code: 0 done, 1 a file could not be read or written, 2 wrong arguments. */
export async function main(
  argv: readonly string[],
  io: Io = { out: console.log, err: console.error },
): Promise<number> {
  const opened = await openWorkshop(parseArgs(argv), USAGE, io);
  if (typeof opened === 'number') return opened;
  const { args, workshop } = opened;
  const history: CentricityHistoryEntry[] = [];
  for (const path of args.history) {
    const earlier = await readWorkshop(path);
    if (!earlier.ok) {
      io.err(`${path}: ${earlier.message}`);
      return 1;
    }
    const scores = centricityScoresOf(earlier.workshop);
    if (scores) history.push(scores);
  }

  const plan = buildPlan(workshop, { paper: args.paper, history });
  try {
    if (args.csv) {
      await writeFile(args.csv, initiativesCsv(plan), 'utf8');
      io.out(`Wrote ${args.csv} (${workshop.initiatives.length} initiatives)`);
    }
    if (args.pdf) {
      const pdf = await renderPlanPdfInNode(plan);
      await writeFile(args.pdf, pdf);
      io.out(`Wrote ${args.pdf} (${args.paper})`);
    }
    if (args.runSheet) {
      await writeFile(args.runSheet, await renderRunSheetPdfInNode(buildRunSheet(workshop, args.paper)));
      io.out(`Wrote ${args.runSheet} (run sheet, ${args.paper})`);
    }
  } catch (error) {
    io.err(`Could not write the plan: ${(error as Error).message}`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
