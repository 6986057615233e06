// The plan PDF read back by readers that did not write it (pdf.js, qpdf, poppler): tagged for
// PDF/UA, identified as PDF/A-3b, and carrying its CSV.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flatten, qpdfJson, readPdf, type StructNode } from '../test/fixtures/pdfReader';
import { planWorkshop } from '../test/fixtures/planWorkshop';
import { buildPlan } from '../shared/plan';
import { readWorkshopFile, writeWorkshopFile } from '../shared/workshop/file';
import { findExercise, type Workshop } from '../shared/workshop/schema';
import { main } from './plan';

const sample = join(import.meta.dirname, '../resources/samples/northwind.outside-in.json');
const dir = mkdtempSync(join(tmpdir(), 'outside-in-archive-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function render(workshop: Workshop, name: string) {
  const file = join(dir, `${name}.outside-in.json`);
  writeFileSync(file, writeWorkshopFile(workshop));
  const pdf = join(dir, `${name}.pdf`);
  const csv = join(dir, `${name}.csv`);
  const err: string[] = [];
  const code = await main([file, '--pdf', pdf, '--csv', csv], { out: () => {}, err: (t) => err.push(t) });
  expect(err).toEqual([]);
  expect(code).toBe(0);
  return { pdf, csv, read: await readPdf(readFileSync(pdf)) };
}

function text(path: string, ...args: string[]): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...args, path, '-'], { encoding: 'utf8' });
}

const headingLevel = (n: StructNode) => (/^H([1-6])$/.exec(n.role) ? Number(n.role[1]) : null);
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Without any white space: pdf.js spells letter-spaced capitals out letter by letter. */
const bare = (s: string) => s.replace(/\s+/g, '');

type Objects = ReturnType<typeof qpdfJson>['qpdf'][1];
/** The dictionary of an object or the stream dictionary of a stream. */
function dict(objects: Objects, ref: unknown): Record<string, unknown> {
  const o = objects[`obj:${ref as string}`]!;
  return (o.value ?? o.stream!.dict) as Record<string, unknown>;
}

describe('the plan PDF as an accessible, archival file', () => {
  let workshop: Workshop;
  let rendered: Awaited<ReturnType<typeof render>>;
  let nodes: StructNode[];
  beforeAll(async () => {
    const read = readWorkshopFile(readFileSync(sample, 'utf8'));
    if (!read.ok) throw new Error(read.message);
    workshop = read.workshop;
    rendered = await render(workshop, 'sample');
    nodes = flatten(rendered.read.roots);
  }, 60_000);

  it('passes qpdf’s check and declares PDF 1.7, tagged, in English, showing its title', () => {
    execFileSync('qpdf', ['--check', rendered.pdf]);
    const info = execFileSync('pdfinfo', [rendered.pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/PDF version:\s+1\.7/);
    expect(rendered.read.markInfo?.Marked).toBe(true);
    const objects = qpdfJson(rendered.pdf).qpdf[1];
    const trailer = objects.trailer!.value as Record<string, unknown>;
    const root = dict(objects, trailer['/Root']);
    expect(root['/Lang']).toBe(`u:${buildPlan(workshop, { paper: 'A4' }).title.language}`);
    expect(root['/Lang']).toBe('u:en');
    expect(dict(objects, root['/ViewerPreferences'])['/DisplayDocTitle']).toBe(true);
    expect(root['/StructTreeRoot']).toBeDefined();
    // No encryption; every page orders its tab stops by structure.
    expect(trailer['/Encrypt']).toBeUndefined();
  });

  it('has headings in order: the title as H1, Summary first among the sections, no level skipped', () => {
    const headings = nodes.filter((n) => headingLevel(n) !== null);
    expect(headings[0]!.role).toBe('H1');
    expect(bare(headings[0]!.text)).toContain(bare(workshop.name));
    const sections = headings.filter((h) => h.role === 'H2').map((h) => squeeze(h.text));
    expect(sections).toEqual([
      'Summary',
      'How we score ourselves',
      'Customer-burden journey',
      'Where our initiatives sit',
      'Initiatives by band, most dot votes first',
      'What we push, and what we simplify',
    ]);
    let level = 0;
    for (const h of headings) {
      expect(headingLevel(h)!, `${h.role} ${h.text}`).toBeLessThanOrEqual(level + 1);
      level = headingLevel(h)!;
    }
  });

  it('reads in the order of its headings: pdftotext meets them in the structure’s order', () => {
    const plain = bare(text(rendered.pdf));
    let at = -1;
    for (const h of nodes.filter((n) => headingLevel(n) !== null)) {
      const words = bare(h.text).slice(0, 40);
      const found = plain.indexOf(words, at + 1);
      expect(found, `"${words}" after position ${at}`).toBeGreaterThan(at);
      at = found;
    }
    expect(plain).toContain('Summary');
    expect(plain).toContain('Customer-burdenjourney');
  });

  it('marks every table’s first row as column headers with a scope', () => {
    const tables = nodes.filter((n) => n.role === 'Table');
    expect(tables.length).toBeGreaterThanOrEqual(6);
    for (const table of tables.filter((t) => t.children[0]?.children.some((c) => c.role === 'TH'))) {
      expect(table.children.every((row) => row.role === 'TR')).toBe(true);
    }
    // Tables that start on a page begin with their header row (pdf.js reads the tree page by page).
    expect(tables.filter((t) => t.children[0]!.children[0]!.role === 'TH').length).toBeGreaterThanOrEqual(6);
    const objects = qpdfJson(rendered.pdf).qpdf[1];
    const headers = Object.values(objects)
      .map((o) => o.value as Record<string, unknown> | undefined)
      .filter((v) => v?.['/S'] === '/TH');
    expect(headers.length).toBeGreaterThan(10);
    for (const th of headers) expect((th!['/A'] as Record<string, unknown>)['/Scope']).toBe('/Column');
  });

  it('gives every figure a text alternative that states its data', () => {
    const figures = nodes.filter((n) => n.role === 'Figure');
    expect(figures.length).toBeGreaterThan(3);
    for (const f of figures) expect(f.alt, f.text).toMatch(/\S{3}/);
    const plan = buildPlan(workshop, { paper: 'A4' });
    const continuum = figures.find((f) => f.alt!.startsWith('The continuum'))!;
    for (const m of plan.continuum.markers)
      expect(continuum.alt).toContain(`${m.number}. ${m.title}: ${Math.round(m.position)}`);
    const heatmap = figures.find((f) => f.alt!.startsWith('Customer-burden heatmap'))!;
    for (const stage of findExercise(workshop, 'burden-journey')!.stages)
      expect(heatmap.alt).toContain(`${stage.name} (`);
  });

  it('declares PDF/A-3b and PDF/UA-1 in its XMP, with the title of its Info dictionary', () => {
    const meta = rendered.read.metadata;
    const xmp = meta.metadata!;
    expect(xmp.get('pdfaid:part')).toBe('3');
    expect(xmp.get('pdfaid:conformance')).toBe('B');
    expect(xmp.get('pdfuaid:part')).toBe('1');
    expect(xmp.get('dc:language')).toBe('en');
    expect(xmp.get('dc:title')).toBe((meta.info as { Title: string }).Title);
    const objects = qpdfJson(rendered.pdf).qpdf[1];
    const root = dict(objects, (objects.trailer!.value as Record<string, unknown>)['/Root']);
    const intent = dict(objects, (root['/OutputIntents'] as unknown[])[0]);
    expect(intent['/S']).toBe('/GTS_PDFA1');
    expect(dict(objects, intent['/DestOutputProfile'])['/N']).toBe(3);
  });

  it('carries the exported CSV inside as an associated data file', () => {
    const attachments = Object.values(rendered.read.attachments ?? {});
    expect(attachments).toHaveLength(1);
    expect(attachments[0]!.filename).toMatch(/action plan\.csv$/);
    expect(Buffer.from(attachments[0]!.content).equals(readFileSync(rendered.csv))).toBe(true);
    const objects = qpdfJson(rendered.pdf).qpdf[1];
    const root = dict(objects, (objects.trailer!.value as Record<string, unknown>)['/Root']);
    const spec = dict(objects, (root['/AF'] as unknown[])[0]);
    expect(spec['/AFRelationship']).toBe('/Data');
    expect(dict(objects, (spec['/EF'] as Record<string, unknown>)['/F'])['/Subtype']).toBe('/text/csv');
  });

  it('draws no text outside the structure: every line is tagged content or an artifact', async () => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(rendered.pdf)), verbosity: 0 }).promise;
    const loose: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent({ includeMarkedContent: true });
      let depth = 0;
      for (const item of content.items as Array<{ type?: string; str?: string }>) {
        if (item.type?.startsWith('beginMarkedContent')) depth += 1;
        else if (item.type === 'endMarkedContent') depth -= 1;
        else if (item.str?.trim() && depth === 0) loose.push(`page ${n}: ${item.str}`);
      }
    }
    await pdf.destroy();
    expect(loose).toEqual([]);
  });
});

describe('the plan PDF tells the truth', () => {
  it('calls a position nobody set "not placed yet", with the room’s median, and never agreed', async () => {
    const workshop = planWorkshop({ initiatives: 6, seed: 4 });
    for (const i of workshop.initiatives) i.position = null;
    const { pdf, read } = await render(workshop, 'unplaced');
    const plain = squeeze(text(pdf));
    expect(plain).not.toMatch(/\d+ agreed/);
    const plan = buildPlan(workshop, { paper: 'A4' });
    const voted = [...plan.groups.flatMap((g) => g.initiatives)].filter((i) => i.roomMedian !== null);
    expect(voted.length).toBeGreaterThan(0);
    for (const i of voted)
      expect(plain).toContain(`Not placed yet · room’s median ${Math.round(i.roomMedian!)}`);
    expect(read.pages).toBeGreaterThan(1);
  });

  it('lists each band’s initiatives with the most dot votes first, as its heading says', async () => {
    const workshop = planWorkshop({ initiatives: 12, seed: 9 });
    workshop.initiatives.forEach((i, k) => {
      i.priority = (k * 7) % 11;
      i.position = (k * 37) % 100;
    });
    const { pdf } = await render(workshop, 'ordered');
    const plain = squeeze(text(pdf));
    const section = plain.slice(plain.indexOf('Initiatives by band, most dot votes first'));
    const plan = buildPlan(workshop, { paper: 'A4' });
    for (const group of plan.groups) {
      const dots = group.initiatives.map((i) => i.priority);
      expect(dots).toEqual([...dots].sort((a, b) => b - a));
      const at = group.initiatives.map((i) => section.indexOf(i.title));
      expect(at.every((p) => p >= 0)).toBe(true);
      expect(at).toEqual([...at].sort((a, b) => a - b));
    }
  });

  it('shows an emoji or a script without a font as a visible replacement inside its column, read as written', async () => {
    const workshop = planWorkshop({ initiatives: 3 });
    const pushPull = findExercise(workshop, 'push-pull')!;
    const card = pushPull.cards[0]!;
    card.title = '🚀🚀 Launch the app everywhere 🎉 with ครบ and 👩‍💻 support';
    workshop.initiatives[0]!.title = 'Happy customers 😀 every day';
    const { pdf, read } = await render(workshop, 'emoji');
    const plain = text(pdf);
    // Drawn as U+FFFD (DejaVu Sans has it); extracted as the characters written, via /ActualText.
    expect(plain).toContain('😀');
    const tagged = flatten(read.roots)
      .map((n) => n.text)
      .join(' ');
    expect(tagged).toContain('\uFFFD');
    // The card's words stay left of the Decision column (56 pt margin + the card column).
    const bbox = text(pdf, '-bbox');
    const words = [...bbox.matchAll(/xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</g)];
    const launch = words.find((w) => w[3] === 'Launch')!;
    const row = words.filter((w) => ['Launch', 'everywhere', 'support', 'app'].includes(w[3]!));
    expect(launch).toBeDefined();
    const decision = 56 + (595.28 - 112 - 70 - 96 - 84);
    for (const w of row) expect(Number(w[2])).toBeLessThanOrEqual(decision);
    for (const w of words) expect(Number(w[2])).toBeLessThanOrEqual(595.28 - 56 + 1);
  });
});
