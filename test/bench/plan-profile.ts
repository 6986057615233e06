// Profiling aid: npx tsx --tsconfig tsconfig.node.json test/bench/plan-profile.ts [initiatives] [all|rows|cards]
// prints wall and CPU seconds of one warm render (fonts already loaded).
import { performance } from 'node:perf_hooks';
import { buildPlan } from '../../shared/plan';
import { renderPlanPdfInNode } from '../../scripts/plan';
import { planWorkshop } from '../fixtures/planWorkshop';

const n = Number(process.argv[2] ?? 60);
const mode = process.argv[3] ?? 'all';
const workshop = planWorkshop({ initiatives: n, participants: 60, seed: 300 });
const plan = buildPlan(workshop, { paper: 'A4' });
if (mode === 'rows') {
  plan.groups = plan.groups.map((g) => ({ ...g, initiatives: [] }));
  plan.unplaced = [];
}
if (mode === 'cards') plan.continuum.markers = [];
await renderPlanPdfInNode(buildPlan(planWorkshop({ initiatives: 1 }), { paper: 'A4' }));
const t = performance.now();
const cpu = process.cpuUsage();
const pdf = await renderPlanPdfInNode(plan);
const used = process.cpuUsage(cpu);
console.log(
  n,
  mode,
  ((performance.now() - t) / 1000).toFixed(2),
  's wall',
  ((used.user + used.system) / 1e6).toFixed(2),
  's cpu',
  pdf.byteLength,
);
