import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindOf } from '../shared/activities/registry';
import { activitiesOf } from '../shared/exercises/activities';
import { contentIn } from '../shared/exercises/content';
import { buildResults, resultsWords } from '../shared/results';
import { readWorkshopFile } from '../shared/workshop/file';
import { SAMPLES, sampleIn } from '../shared/workshop/samples';
import type { Workshop } from '../shared/workshop/schema';

const samplePath = (fileName: string) => new URL(`../resources/samples/${fileName}`, import.meta.url);

function readSample(fileName: string): Workshop {
  const read = readWorkshopFile(readFileSync(samplePath(fileName), 'utf8'));
  if (!read.ok) throw new Error(read.message);
  return read.workshop;
}

describe.each(SAMPLES)('the $language sample workshop', ({ language, fileName }) => {
  it('is a valid workshop file with results for every live activity', () => {
    const workshop = readSample(fileName);
    expect(workshop.language ?? 'en').toBe(language);
    expect(workshop.agenda.map((e) => e.type)).toEqual([
      'centricity-check',
      'definition',
      'burden-journey',
      'push-pull',
      'simplify',
      'action-plan',
    ]);
    expect(Object.keys(workshop.results)).toHaveLength(8);
    for (const result of Object.values(workshop.results)) expect(result.answered).toBe(14);
  });

  it('keeps every answer behind its results: tallied again, they give the stored tallies', () => {
    const workshop = readSample(fileName);
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
    const sample = readSample(fileName);
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
    for (const row of book.summary.filter(
      (r) => r.activity === dots.activity && r.item !== resultsWords(language).allItems,
    )) {
      const given = dots.rows
        .filter((r) => r.item === row.item)
        .reduce((sum, r) => sum + (r.value as number), 0);
      expect(row.total, row.item).toBe(given);
    }
    // Push or pull: each card's counts are its answers per column, named in the sample's language.
    const pushedLabel = contentIn(language).pushPull.push;
    const sort = book.activities.find((a) => a.kind === 'card-classification')!;
    const card = book.summary.find(
      (r) => r.activity === sort.activity && r.item !== resultsWords(language).allItems,
    )!;
    const pushed = sort.rows.filter((r) => r.item === card.item && r.value === pushedLabel).length;
    expect(card.details).toContain(`${pushedLabel}: ${pushed}`);
  });

  it('speaks its language: unedited titles, prompts and stages are the exercise templates in it', () => {
    const workshop = readSample(fileName);
    const content = contentIn(language);
    const byType = Object.fromEntries(workshop.agenda.map((e) => [e.type, e]));
    expect(workshop.agenda.map((e) => e.title)).toEqual([
      content.centricity.title,
      content.definition.title,
      content.journey.title,
      content.pushPull.title,
      content.simplify.title,
      content.actionPlan.title,
    ]);
    const check = byType['centricity-check'];
    expect(check?.type === 'centricity-check' && check.questions.map((q) => q.text)).toEqual(
      content.centricity.questions,
    );
    const journey = byType['burden-journey'];
    expect(journey?.type === 'burden-journey' && journey.stages.map((s) => s.name)).toEqual(
      content.journey.stages,
    );
    const definition = byType['definition'];
    expect(definition?.type === 'definition' && definition.meansPrompt).toBe(content.definition.meansPrompt);
    for (const type of ['burden-journey', 'push-pull', 'simplify', 'action-plan'] as const)
      expect((byType[type] as { prompt: string }).prompt, type).toBe(content[KEY[type]].prompt);
    // The room's phones get the dot vote in the same language.
    const votes = activitiesOf(byType['action-plan']!, workshop).find((a) => a.kind === 'dot-voting');
    expect(votes?.title).toBe(content.actionPlan.votesTitle);
  });
});

const KEY = {
  'burden-journey': 'journey',
  'push-pull': 'pushPull',
  simplify: 'simplify',
  'action-plan': 'actionPlan',
} as const;

describe('the samples together', () => {
  it('are one per language, with ids of their own so both fit in one library', () => {
    const workshops = SAMPLES.map((s) => readSample(s.fileName));
    expect(new Set(workshops.map((w) => w.id)).size).toBe(SAMPLES.length);
    expect(sampleIn('de').fileName).toBe('northwind.de.outside-in.json');
    expect(sampleIn('fr')).toEqual(sampleIn('en'));
  });

  it('tell the same story in every language: the same cards decided, the same priorities', () => {
    const [english, ...others] = SAMPLES.map((s) => readSample(s.fileName));
    const story = (w: Workshop) => ({
      placements: w.agenda.flatMap((e) => (e.type === 'push-pull' ? [e.placements] : [])),
      decisions: w.agenda.flatMap((e) =>
        e.type === 'simplify' ? Object.values(e.decisions).map((d) => d.decision) : [],
      ),
      initiatives: w.initiatives.map((i) => [i.position, i.priority, i.burdens, i.dueDate]),
    });
    for (const other of others) expect(story(other)).toEqual(story(english!));
  });

  it('are what scripts/make-sample.ts makes (regenerate them after changing the schema or the content)', () => {
    // Made into a temporary folder: the test never writes the tracked samples.
    const dir = mkdtempSync(join(tmpdir(), 'outside-in-sample-'));
    try {
      execFileSync('npx', ['tsx', 'scripts/make-sample.ts', dir], { stdio: 'pipe' });
      for (const { fileName } of SAMPLES)
        expect(readFileSync(join(dir, fileName), 'utf8'), fileName).toBe(
          readFileSync(samplePath(fileName), 'utf8'),
        );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
