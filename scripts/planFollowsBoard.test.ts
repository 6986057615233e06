// The plan follows the boards: what the facilitator changes on a board (the push/pull threshold,
// a placement, going back to the votes) is what the plan's PDF and CSV say, made as `npm run plan` makes them.
import { execFileSync } from 'node:child_process';
import { leads } from '../test/fixtures/planSections';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import type { PushPull } from '../shared/exercises/push-pull/schema';
import { pushPullBoard, resetPlacements } from '../shared/exercises/push-pull/board';
import type { Simplify } from '../shared/exercises/simplify/schema';
import {
  addDecisionInitiative,
  decideOffering,
  resetDecisions,
  simplifyBoard,
} from '../shared/exercises/simplify/board';
import { buildPlan, initiativeCandidates, initiativeFromCandidate } from '../shared/plan';
import { findResult } from '../shared/plan/results';
import { readWorkshopFile, writeWorkshopFile } from '../shared/workshop/file';
import { findExercise, type Workshop } from '../shared/workshop/schema';
import { flatten, readPdf } from '../test/fixtures/pdfReader';
import { main } from './plan';

const dir = mkdtempSync(join(tmpdir(), 'outside-in-follows-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sample(): Workshop {
  const path = join(import.meta.dirname, '../resources/samples/northwind.outside-in.json');
  const read = readWorkshopFile(readFileSync(path, 'utf8'));
  if (!read.ok) throw new Error(read.message);
  return read.workshop;
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The PDF read back: its text (pdftotext) and its table rows by their first cell (pdf.js, from
 * the tagged structure); the CSV as records.
 */
async function exported(workshop: Workshop, name: string) {
  const file = join(dir, `${name}.outside-in.json`);
  writeFileSync(file, writeWorkshopFile(workshop));
  const pdf = join(dir, `${name}.pdf`);
  const csv = join(dir, `${name}.csv`);
  const code = await main([file, '--pdf', pdf, '--csv', csv], { out: () => {}, err: () => {} });
  expect(code).toBe(0);
  const text = squeeze(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
  const records = parse(readFileSync(csv, 'utf8').replace(/^\uFEFF/, ''), { columns: true });
  const tableRows = flatten((await readPdf(readFileSync(pdf))).roots)
    .filter((n) => n.role === 'TR' && n.children.every((c) => c.role === 'TD'))
    .map((n) => n.children.map((c) => squeeze(c.text)));
  return {
    text,
    source: (title: string) => (records as Record<string, string>[]).find((r) => r.Title === title)?.Source,
    row: (first: string) => tableRows.find((cells) => cells[0] === first),
  };
}

/** The push/pull table in the PDF's text: from its heading to the next section's. */
const pushPullPart = (text: string) =>
  text.slice(
    text.indexOf('Product push or customer pull, cards'),
    text.indexOf('Offering simplification, offerings'),
  );

function changeSort(workshop: Workshop, change: (e: PushPull) => PushPull): Workshop {
  return { ...workshop, agenda: workshop.agenda.map((e) => (e.type === 'push-pull' ? change(e) : e)) };
}
function changeSimplify(workshop: Workshop, change: (e: Simplify) => Simplify): Workshop {
  return { ...workshop, agenda: workshop.agenda.map((e) => (e.type === 'simplify' ? change(e) : e)) };
}
/** The board's "Contested below" field, as the board applies it. */
const withThreshold = (workshop: Workshop, threshold: number) =>
  changeSort(workshop, (e) => ({ ...e, contestedThreshold: threshold }));

function boardOf(workshop: Workshop) {
  const sort = findExercise(workshop, 'push-pull')!;
  return pushPullBoard(sort, findResult(workshop, sort.id, 'card-classification')?.tally ?? null);
}

describe('the plan follows the push/pull board', () => {
  it('flags as contested what the board flags at its threshold now, in the plan and the PDF', async () => {
    // The sample's board is finalised: the threshold moves the flags, not the placements.
    const at65 = sample();
    const at80 = withThreshold(at65, 80);
    const flagged = (w: Workshop) => boardOf(w).cards.filter((c) => c.contested);
    expect(flagged(at80).length).toBeGreaterThan(flagged(at65).length);
    for (const [workshop, name] of [
      [at65, 'at65'],
      [at80, 'at80'],
    ] as const) {
      const plan = buildPlan(workshop, { paper: 'A4' });
      const planS = leads(plan);
      if (planS.pushPull.status !== 'ready') throw new Error('push/pull not in the plan');
      expect(planS.pushPull.cards.map((c) => [c.title, c.decision, c.contested])).toEqual(
        boardOf(workshop).cards.map((c) => [c.card.title, c.place, c.contested]),
      );
      const pdf = await exported(workshop, name);
      // "contested" under a card's votes, once per card the board flags, and on those cards' rows.
      expect(pushPullPart(pdf.text).match(/\bcontested\b/g) ?? []).toHaveLength(flagged(workshop).length);
      for (const { card, contested } of boardOf(workshop).cards)
        expect(pdf.row(card.title)![3]!.endsWith('contested')).toBe(contested);
    }
  }, 60_000);

  it('places cards not finalised where the votes put them at the threshold now, in the PDF and the CSV', async () => {
    // Back to the votes on the board, and an initiative made of a card in Pull.
    const card = 'Contract-free monthly plans'; // pull 11 of 14: 79 %
    let workshop = changeSort(sample(), resetPlacements);
    const candidate = initiativeCandidates(workshop).find((c) => c.title === card)!;
    expect(candidate.reason).toBe('In Pull by the votes: customers ask for it');
    workshop = { ...workshop, initiatives: [...workshop.initiatives, initiativeFromCandidate(candidate)] };

    const at65 = await exported(workshop, 'votes65');
    expect(at65.row(card)![1]).toBe('Pull by the votes');
    expect(at65.source(card)).toBe(`Push/pull card: ${card} (Pull on the board)`);

    const at80 = await exported(withThreshold(workshop, 80), 'votes80');
    expect(at80.row(card)![1]).toBe('Contested by the votes');
    expect(at80.source(card)).toBe(`Push/pull card: ${card} (Contested on the board)`);
  }, 60_000);
});

describe('the plan follows the simplification board', () => {
  it('shows the decisions the ratings propose until the facilitator decides, then the decision', async () => {
    let workshop = changeSimplify(sample(), resetDecisions);
    const simplify = findExercise(workshop, 'simplify')!;
    const result = findResult(workshop, simplify.id, 'two-axis-rating')!.tally;
    const first = simplifyBoard(workshop, simplify, result).offerings[0]!;
    expect(first.place).not.toBe('unrated');
    const label = (d: string) => d[0]!.toUpperCase() + d.slice(1);

    const proposed = await exported(workshop, 'ratings');
    expect(proposed.row(first.offering.name)![1]).toBe(`${label(first.place)} by the ratings`);

    // A move on the board: the offering to Question (or Keep, if the ratings say Question).
    const to = first.place === 'question' ? 'keep' : 'question';
    workshop = changeSimplify(workshop, (e) =>
      decideOffering(workshop, e, result, first.offering.id, { to }),
    );
    const decided = await exported(workshop, 'decided');
    expect(decided.row(first.offering.name)![1]).toBe(`${label(to)} room: ${label(first.place)}`);
  }, 60_000);

  it('says in the CSV when an offering made into an initiative was decided otherwise on the board since', async () => {
    let workshop = sample();
    const simplify = findExercise(workshop, 'simplify')!;
    const result = findResult(workshop, simplify.id, 'two-axis-rating')!.tally;
    const retired = simplifyBoard(workshop, simplify, result).offerings.find((o) => o.place === 'retire')!;
    // The board's "Make an initiative" on a Retire decision.
    workshop = addDecisionInitiative(workshop, simplify.id, result, retired.offering.id);
    const title = `Retire ${retired.offering.name}`;
    expect((await exported(workshop, 'retire')).source(title)).toBe(`Simplification: ${title}`);

    // The room talks it over: the offering moves to Keep on the board.
    workshop = changeSimplify(workshop, (e) =>
      decideOffering(workshop, e, result, retired.offering.id, { to: 'keep' }),
    );
    expect((await exported(workshop, 'kept')).source(title)).toBe(
      `Simplification: ${title} (now Keep on the board)`,
    );
  }, 60_000);
});
