// Two exercises of one type are two sections of the plan PDF, each with its own results, read
// back with pdftotext (not the library that wrote them).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planWorkshop } from '../test/fixtures/planWorkshop';
import { withSecondOf } from '../test/fixtures/secondExercise';
import { buildPlan } from '../shared/plan';
import { sectionsOfType } from '../test/fixtures/planSections';
import { writeWorkshopFile } from '../shared/workshop/file';
import type { Workshop } from '../shared/workshop/schema';
import { main } from './plan';

const dir = mkdtempSync(join(tmpdir(), 'outside-in-per-exercise-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each page's text, whitespace folded. */
async function pagesOf(workshop: Workshop): Promise<string[]> {
  const file = join(dir, 'two.outside-in.json');
  writeFileSync(file, writeWorkshopFile(workshop));
  const pdf = join(dir, 'two.pdf');
  const code = await main([file, '--pdf', pdf], { out: () => {}, err: (t) => expect.fail(t) });
  expect(code).toBe(0);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  return text.split('\f').map((page) => page.replace(/\s+/g, ' '));
}

describe('a workshop with two exercises of a type', () => {
  const base = planWorkshop();
  const sorts = withSecondOf(base, 'push-pull', 'Second card sort', (sort) => {
    sort.placements = Object.fromEntries(sort.cards.map((c) => [c.id, 'push' as const]));
  });
  const { workshop } = withSecondOf(sorts.workshop, 'burden-journey', 'Journey after onboarding');

  it('builds one section per exercise, in agenda order, each from its own results', () => {
    const plan = buildPlan(workshop, { paper: 'A4' });
    const [first, second] = sectionsOfType(plan, 'push-pull');
    expect(second!.exerciseId).toBe(sorts.second.id);
    if (first!.section.status !== 'ready' || second!.section.status !== 'ready') throw new Error('not ready');
    expect(second!.section.cards.every((c) => c.decision === 'push' && c.final)).toBe(true);
    expect(first!.section.cards.some((c) => c.decision !== 'push')).toBe(true);
    expect(sectionsOfType(plan, 'burden-journey').map((e) => e.section.status)).toEqual(['ready', 'ready']);
  });

  it('prints both journeys under their own titles and both sorts with their cards', async () => {
    const pages = await pagesOf(workshop);
    const journeys = workshop.agenda.filter((e) => e.type === 'burden-journey').map((e) => e.title);
    for (const title of journeys) {
      const page = pages.findIndex((p) => p.includes(`Customer-burden journey: ${title}`));
      expect(page, title).toBeGreaterThan(0);
      expect(pages[page]).toContain('Hot spots, heaviest first');
    }
    const sortsOnDay = workshop.agenda.filter((e) => e.type === 'push-pull');
    const decisions = pages.findIndex((p) => p.includes('What we push, and what we simplify'));
    const rest = pages.slice(decisions).join(' ');
    const at = sortsOnDay.map((s) => rest.indexOf(s.title));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at[0]).toBeLessThan(at[1]!);
    // Every card is listed under each sort: once per sort.
    const card = sortsOnDay[0]!.type === 'push-pull' ? sortsOnDay[0]!.cards[0]!.title : '';
    expect(rest.split(card).length - 1).toBeGreaterThanOrEqual(2);
  });
});
