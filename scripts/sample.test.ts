import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindOf } from '../shared/activities/registry';
import { activitiesOf } from '../shared/exercises/activities';
import { buildResults } from '../shared/results';
import { readWorkshopFile } from '../shared/workshop/file';

const samplePath = new URL('../resources/samples/northwind.outside-in.json', import.meta.url);

describe('the sample workshop', () => {
  it('is a valid workshop file with results for every live activity', () => {
    const read = readWorkshopFile(readFileSync(samplePath, 'utf8'));
    if (!read.ok) throw new Error(read.message);
    expect(read.workshop.agenda.map((e) => e.type)).toEqual([
      'centricity-check',
      'definition',
      'burden-journey',
      'push-pull',
      'simplify',
      'action-plan',
    ]);
    expect(Object.keys(read.workshop.results)).toHaveLength(8);
    for (const result of Object.values(read.workshop.results)) expect(result.answered).toBe(14);
  });

  it('keeps every answer behind its results: tallied again, they give the stored tallies', () => {
    const read = readWorkshopFile(readFileSync(samplePath, 'utf8'));
    if (!read.ok) throw new Error(read.message);
    const { workshop } = read;
    for (const spec of workshop.agenda.flatMap((e) => activitiesOf(e, workshop))) {
      const result = workshop.results[spec.id]!;
      const kind = kindOf(spec.kind)!;
      const answers = (result.answers ?? []).map((a) => ({
        ...a,
        participantId: `p${a.participant}`,
        itemId: a.item,
      }));
      expect(answers.length, spec.id).toBeGreaterThan(0);
      expect(new Set(answers.map((a) => a.participant)).size, spec.id).toBe(result.answered);
      expect(kind.tally(kind.configSchema.parse(spec.config), answers), spec.id).toEqual(result.tally);
    }
  });

  it('reads for analysis: every activity, one answer row per answer and rated part, totals as given', () => {
    const read = readWorkshopFile(readFileSync(samplePath, 'utf8'));
    if (!read.ok) throw new Error(read.message);
    const sample = read.workshop;
    const book = buildResults(sample);
    const specs = sample.agenda.flatMap((e) => activitiesOf(e, sample));
    expect(book.activities.map((a) => a.activityId)).toEqual(specs.map((s) => s.id));
    const parts: Record<string, number> = { 'two-axis-rating': 3, 'journey-heatmap': 4 };
    for (const activity of book.activities) {
      const answers = sample.results[activity.activityId]!.answers!;
      expect(activity.kept).toBe(true);
      expect(activity.rows, activity.activityId).toHaveLength(answers.length * (parts[activity.kind] ?? 1));
      expect(activity.rows.every((r) => typeof r.value === 'number' || r.value.length > 0)).toBe(true);
    }
    // Dot voting: the total of an option is the sum of the dots its answers put on it.
    const dots = book.activities.find((a) => a.kind === 'dot-voting')!;
    for (const row of book.summary.filter((r) => r.activity === dots.activity && r.item !== 'All items')) {
      const given = dots.rows
        .filter((r) => r.item === row.item)
        .reduce((sum, r) => sum + (r.value as number), 0);
      expect(row.total, row.item).toBe(given);
    }
    // Push or pull: each card's counts are its answers per column.
    const sort = book.activities.find((a) => a.kind === 'card-classification')!;
    const card = book.summary.find((r) => r.activity === sort.activity && r.item !== 'All items')!;
    const pushed = sort.rows.filter((r) => r.item === card.item && r.value === 'Pushed by us').length;
    expect(card.details).toContain(`Pushed by us: ${pushed}`);
  });

  it('is what scripts/make-sample.ts makes (regenerate it after changing the schema or the content)', () => {
    // Made into a temporary file: the test never writes the tracked sample.
    const dir = mkdtempSync(join(tmpdir(), 'outside-in-sample-'));
    try {
      const made = join(dir, 'northwind.outside-in.json');
      execFileSync('npx', ['tsx', 'scripts/make-sample.ts', made], { stdio: 'pipe' });
      expect(readFileSync(made, 'utf8')).toBe(readFileSync(samplePath, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
