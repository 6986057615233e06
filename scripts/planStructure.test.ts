// The plan PDF's whole structure tree and every page's content, read back through qpdf (not
// pdfkit, which wrote them): what a screen reader walks, in order, and nothing drawn outside it.
import { execFileSync } from 'node:child_process';
import { leads } from '../test/fixtures/planSections';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qpdfJson } from '../test/fixtures/pdfReader';
import {
  catalogOf,
  elements,
  isElement,
  markedRefs,
  pageMarks,
  pageRefs,
  structureTree,
  transparency,
  type Element,
  type QpdfObjects,
} from '../test/fixtures/pdfStructure';
import { planWorkshop } from '../test/fixtures/planWorkshop';
import { BAND_LABELS } from '../shared/continuum';
import { buildPlan } from '../shared/plan';
import { writeWorkshopFile } from '../shared/workshop/file';
import { findExercise, type Workshop } from '../shared/workshop/schema';
import { main } from './plan';
import { sectionData } from '../shared/plan/sectionData';

const dir = mkdtempSync(join(tmpdir(), 'outside-in-structure-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function render(workshop: Workshop, name: string): Promise<QpdfObjects> {
  const file = join(dir, `${name}.outside-in.json`);
  writeFileSync(file, writeWorkshopFile(workshop));
  const pdf = join(dir, `${name}.pdf`);
  const code = await main([file, '--pdf', pdf], { out: () => {}, err: (t) => expect.fail(t) });
  expect(code).toBe(0);
  execFileSync('qpdf', ['--check', pdf]);
  return qpdfJson(pdf).qpdf[1];
}

/** A workshop whose team has not merged its definition: the room's statements print as a list. */
function withDraftDefinition(workshop: Workshop): Workshop {
  const exercise = findExercise(workshop, 'definition')!;
  exercise.definition = { means: '', notMeans: '' };
  const statements = ['Learn first hand', 'Act on what we learn', 'Everyone, not only sales'];
  workshop.results[`${exercise.id}:statements`] = {
    activityId: `${exercise.id}:statements`,
    kind: 'open-text',
    closedAt: 1,
    participants: 9,
    answered: 9,
    tally: {
      lists: [
        { id: 'means', statements: statements.map((text, k) => ({ id: `s${k}`, text, upvotes: 9 - k })) },
        { id: 'not-means', statements: [{ id: 'n1', text: 'Yes to everything', upvotes: 4 }] },
      ],
      statements: 4,
      writers: 4,
    },
  };
  return workshop;
}

const heading = (e: Element) => (/^H[1-6]$/.test(e.role) ? Number(e.role[1]) : null);
const children = (e: Element) => e.kids.filter(isElement);

// Ten initiatives print as cards, sixty as a table: both layouts are read back.
describe.each([
  { name: 'cards', initiatives: 10 },
  { name: 'table', initiatives: 60 },
])('the plan’s structure ($name)', ({ name, initiatives }) => {
  let workshop: Workshop;
  let objects: QpdfObjects;
  let all: Element[];
  beforeAll(async () => {
    workshop = withDraftDefinition(planWorkshop({ initiatives, seed: 11 }));
    objects = await render(workshop, name);
    all = elements(structureTree(objects));
  }, 60_000);

  it('ties every mark on every page to the tree or marks it as an artifact, never both', () => {
    const marks = pageMarks(objects);
    expect(marks.flatMap((m, k) => m.unmarked.map((op) => `page ${k + 1}: ${op}`))).toEqual([]);
    expect(marks.flatMap((m) => m.nested)).toEqual([]);
    // Each marked sequence drawn belongs to exactly one element, and each one the tree names is drawn.
    const drawn = marks.flatMap((m, page) => m.mcids.map((mcid) => `${page}:${mcid}`));
    const named = all.flatMap((e) => e.kids.flatMap((k) => (isElement(k) ? [] : [`${k.page}:${k.mcid}`])));
    expect(new Set(drawn).size).toBe(drawn.length);
    expect([...named].sort()).toEqual([...drawn].sort());
    for (const ref of pageRefs(objects)) {
      const page = objects[`obj:${ref}`]!.value as Record<string, unknown>;
      expect(page['/Tabs']).toBe('/S');
      expect(typeof page['/StructParents']).toBe('number');
    }
  });

  it('starts with the title as its one H1 and never skips a heading level', () => {
    const headings = all.filter((e) => heading(e) !== null);
    expect(headings[0]!.role).toBe('H1');
    expect(headings.filter((h) => h.role === 'H1')).toHaveLength(1);
    let level = 0;
    for (const h of headings) {
      expect(heading(h)!).toBeLessThanOrEqual(level + 1);
      level = heading(h)!;
    }
  });

  it('puts each chart after the heading of its section, with a text alternative and its place', () => {
    const order = all.filter((e) => e.role === 'H2' || e.role === 'Figure');
    const sectionOf = (figure: Element) => {
      const before = order.slice(0, order.indexOf(figure)).filter((e) => e.role === 'H2');
      return before.length;
    };
    const figures = all.filter((e) => e.role === 'Figure');
    for (const f of figures) {
      expect(f.alt).toMatch(/\S{3}/);
      expect(f.attributes['/BBox']).toHaveLength(4);
      expect(markedRefs(f).length).toBeGreaterThan(0);
    }
    const continuum = figures.find((f) => f.alt!.startsWith('The continuum'))!;
    const heatmap = figures.find((f) => f.alt!.startsWith('Customer-burden heatmap'))!;
    // Summary, scores, journey, continuum: the heatmap sits in the third section, the continuum in the fourth.
    expect(sectionOf(heatmap)).toBe(3);
    expect(sectionOf(continuum)).toBe(4);
    const plan = buildPlan(workshop, { paper: 'A4' });
    const planS = leads(plan);
    for (const m of plan.continuum.markers) expect(continuum.alt).toContain(`${m.number}. ${m.title}: `);
    // Every rated cell says how many rated it, as the drawn cell does.
    const journey = sectionData(planS.journey)!;
    const rated = journey.stages.flatMap((s) => s.cells).filter((c) => c.mean !== null);
    expect(rated.length).toBeGreaterThan(0);
    expect(heatmap.alt!.match(/\(\d+ rated\)/g)!.length - journey.stages.length).toBe(rated.length);
  });

  it('builds every table of rows with as many cells as its header row, the headers scoped to columns', () => {
    const tables = all.filter((e) => e.role === 'Table');
    expect(tables.length).toBeGreaterThanOrEqual(6);
    for (const table of tables) {
      const rows = children(table);
      expect(rows.every((r) => r.role === 'TR')).toBe(true);
      const head = children(rows[0]!);
      expect(head.every((c) => c.role === 'TH' && c.attributes['/Scope'] === '/Column')).toBe(true);
      for (const row of rows.slice(1)) {
        const cells = children(row);
        expect(cells.map((c) => c.role)).toEqual(head.map(() => 'TD'));
      }
    }
  });

  it('says each initiative’s band and the room’s middle half in the cell of its track', () => {
    const plan = buildPlan(workshop, { paper: 'A4' });
    const tracks = all.filter((e) => e.role === 'TD' && e.alt);
    expect(tracks.map((t) => t.alt)).toEqual(
      plan.continuum.markers.map(
        (m) =>
          `${BAND_LABELS[m.band]}${m.spread ? `; the room’s middle half ${Math.round(m.spread.p25)}–${Math.round(m.spread.p75)}` : ''}`,
      ),
    );
    expect(tracks.every((t) => markedRefs(t).length === 0)).toBe(true);
  });

  it('reads the room’s draft definition and the departments as lists of items', () => {
    const lists = all.filter((e) => e.role === 'L');
    expect(lists.length).toBeGreaterThanOrEqual(2);
    for (const l of lists) {
      expect(children(l).length).toBeGreaterThan(0);
      for (const item of children(l)) {
        expect(item.role).toBe('LI');
        expect(children(item).map((c) => c.role)).toContain('LBody');
        expect(children(item).every((c) => c.role === 'Lbl' || c.role === 'LBody')).toBe(true);
      }
    }
    const plan = buildPlan(workshop, { paper: 'A4' });
    const planS = leads(plan);
    const departments = planS.centricity.status === 'ready' ? (planS.centricity.departments ?? []) : [];
    expect(lists.map((l) => children(l).length)).toEqual([3, 1, departments.length]);
  });

  it('has no transparency, no encryption, and embeds every font with a Unicode map', () => {
    expect(transparency(objects)).toEqual([]);
    expect((objects.trailer!.value as Record<string, unknown>)['/Encrypt']).toBeUndefined();
    const fonts = Object.values(objects)
      .map((o) => o.value as Record<string, unknown> | undefined)
      .filter((v): v is Record<string, unknown> => v?.['/Type'] === '/Font');
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts.filter((f) => f['/Subtype'] === '/Type0')) {
      expect(font['/ToUnicode']).toBeDefined();
      const descendant = objects[`obj:${(font['/DescendantFonts'] as string[])[0]}`]!.value as Record<
        string,
        unknown
      >;
      const descriptor = objects[`obj:${descendant['/FontDescriptor'] as string}`]!.value as Record<
        string,
        unknown
      >;
      expect(descriptor['/FontFile2'] ?? descriptor['/FontFile3']).toBeDefined();
    }
    expect(catalogOf(objects)['/MarkInfo']).toBeDefined();
  });
});
