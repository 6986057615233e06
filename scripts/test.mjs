// Runs every check CI runs, in order, and ends with one line: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const counts = { passed: 0, failed: 0, skipped: 0 };
let broken = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) broken.push(label);
  return result.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

run('lint', 'npx', ['eslint', '.']);
run('format', 'npx', ['prettier', '--check', '.']);
run('typecheck (node)', 'npx', ['tsc', '-p', 'tsconfig.node.json', '--noEmit']);
run('typecheck (web)', 'npx', ['tsc', '-p', 'tsconfig.web.json', '--noEmit']);

/** Adds a vitest JSON report's counts to the summary; a missing report counts as a failure. */
function countVitest(path) {
  const report = readJson(path);
  if (report) {
    counts.passed += report.numPassedTests;
    counts.failed += report.numFailedTests;
    counts.skipped += report.numPendingTests + report.numTodoTests;
  } else {
    counts.failed += 1;
  }
}

/**
 * Adds a Playwright JSON report's counts to the summary; a missing report counts as a failure, and
 * so does each error outside a test (a spec that cannot load runs no test at all).
 */
function countPlaywright(path) {
  const report = existsSync(path) ? readJson(path) : null;
  if (report?.stats) {
    counts.passed += report.stats.expected + report.stats.flaky;
    counts.failed += report.stats.unexpected + (report.errors?.length ?? 0);
    counts.skipped += report.stats.skipped;
  } else {
    counts.failed += 1;
  }
}

rmSync('test-results/vitest.json', { force: true });
run('unit tests (vitest)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/vitest.json',
]);
countVitest('test-results/vitest.json');

if (run('build', 'npx', ['electron-vite', 'build'])) {
  rmSync('test-results/playwright.json', { force: true });
  run('end-to-end tests (playwright)', 'npx', ['playwright', 'test'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright.json',
  });
  countPlaywright('test-results/playwright.json');
  // The desktop app in Electron (one test, a few seconds); counted as skipped where the binary is absent.
  rmSync('test-results/electron.json', { force: true });
  run(
    'desktop smoke test (Electron)',
    'npx',
    ['playwright', 'test', '--config', 'playwright.electron.config.ts'],
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/electron.json',
    },
  );
  countPlaywright('test-results/electron.json');
  // The phone page on the engines of real phones (WebKit, Firefox): needs `npm run deps:system`.
  rmSync('test-results/phones.json', { force: true });
  run('phone engines (WebKit, Firefox)', 'npx', [
    'vitest',
    'run',
    '--config',
    'vitest.phones.config.ts',
    '--reporter=default',
    '--reporter=json',
    '--outputFile=test-results/phones.json',
  ]);
  countVitest('test-results/phones.json');
}

if (broken.length) console.log(`\nFailed steps: ${broken.join(', ')}`);
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(broken.length || counts.failed ? 1 : 0);
