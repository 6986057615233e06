// npm run bench:plan [-- --out plan.pdf] — renders the plan of a generated 300-initiative workshop.
import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { buildPlan } from '../../shared/plan';
import { planFontsIn } from '../../renderer/plan-pdf/fonts';
import { renderPlanPdfInNode } from '../../renderer/plan-pdf/renderNode';
import { FONT_FOLDER } from '../../scripts/plan';
import { planWorkshop } from '../fixtures/planWorkshop';

const INITIATIVES = 300;
const TARGET_SECONDS = 3;

function pageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type \/Page\b/g) ?? []
  ).length;
}

const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? process.argv[outIndex + 1] : undefined;

const workshop = planWorkshop({ initiatives: INITIATIVES, participants: 60, seed: 300 });
const started = performance.now();
const plan = buildPlan(workshop, { paper: 'A4' });
const pdf = await renderPlanPdfInNode(plan, planFontsIn(FONT_FOLDER));
const seconds = (performance.now() - started) / 1000;
if (out) await writeFile(out, pdf);

console.log(
  JSON.stringify({
    bench: 'plan-pdf',
    initiatives: INITIATIVES,
    seconds: Math.round(seconds * 1000) / 1000,
    pages: pageCount(pdf),
    bytes: pdf.byteLength,
    targetSeconds: TARGET_SECONDS,
    withinTarget: seconds < TARGET_SECONDS,
  }),
);
