import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { contentIn } from '../../shared/exercises/content';
import { LANGUAGES } from '../../shared/languages';

/** The phone page loads on cheap phones over a crowded Wi-Fi: JS + CSS with its one language at most 50 KB gzip. */
const PHONE_BUDGET_BYTES = 50_000;
const RENDERER = resolve('out/renderer');

/**
 * Everything the phone page fetches: its entry, static imports, CSS, and every activity kind's
 * Input chunk with its dependencies (the phone preloads them all so a question that opens later
 * still renders). Reads vite's build output; run after `electron-vite build`.
 */
function phoneFiles(): string[] {
  const html = readFileSync(join(RENDERER, 'phone/index.html'), 'utf8');
  const files = new Set<string>();
  const queue = [...html.matchAll(/(?:src|href)="\.\.\/assets\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (files.has(file)) continue;
    files.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(RENDERER, 'assets', file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["`]\.\/([^"`]+\.(?:js|css))["`]/g)) queue.push(m[1]!);
    // vite's preload map: the files each dynamic import needs, by index.
    const deps = /__vite__mapDeps=.*?m\.f=(\[[^\]]*\])/.exec(code);
    if (!deps) continue;
    const list = JSON.parse(deps[1]!) as string[];
    for (const m of code.matchAll(/import\(`\.\/(Input-[^`]+\.js)`\),__vite__mapDeps\((\[[\d,]*\])\)/g)) {
      queue.push(m[1]!);
      for (const i of JSON.parse(m[2]!) as number[]) queue.push(list[i]!.replace(/^\.\//, ''));
    }
  }
  return [...files];
}

test('the phone page stays within its size budget', () => {
  test.skip(!existsSync(join(RENDERER, 'phone/index.html')), 'run `npx electron-vite build` first');
  const sizes = phoneFiles().map((file) => ({
    file,
    gzip: gzipSync(readFileSync(join(RENDERER, 'assets', file)), { level: 9 }).length,
  }));
  // A phone loads one language's room catalogue: count the heaviest (not the pseudo-locale, which only
  // tests use, nor the console's parts, which phones never load).
  const roomKey = `"${Object.keys(JSON.parse(readFileSync('renderer/i18n/messages/room/en.json', 'utf8')))[0]}"`;
  const languages = readdirSync(join(RENDERER, 'assets'))
    .filter((file) => /^lang-.+\.js$/.test(file) && !file.startsWith('lang-en-XA-'))
    .filter((file) => readFileSync(join(RENDERER, 'assets', file), 'utf8').includes(roomKey))
    .map((file) => ({
      file,
      gzip: gzipSync(readFileSync(join(RENDERER, 'assets', file)), { level: 9 }).length,
    }))
    .sort((a, b) => b.gzip - a.gzip);
  expect(languages.length).toBeGreaterThanOrEqual(7);
  expect(sizes.some((s) => s.file.startsWith('lang-'))).toBe(false);
  sizes.push(languages[0]!);
  // With what that catalogue imports itself (its plural rules).
  const catalogue = readFileSync(join(RENDERER, 'assets', languages[0]!.file), 'utf8');
  for (const m of catalogue.matchAll(/(?:from|import)\s*["`]\.\/([^"`]+\.js)["`]/g)) {
    if (sizes.some((s) => s.file === m[1])) continue;
    sizes.push({
      file: m[1]!,
      gzip: gzipSync(readFileSync(join(RENDERER, 'assets', m[1]!)), { level: 9 }).length,
    });
  }
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  const report = sizes
    .sort((a, b) => b.gzip - a.gzip)
    .map((s) => `${String(s.gzip).padStart(7)}  ${s.file}`)
    .join('\n');
  console.log(
    `Phone page: ${(total / 1000).toFixed(1)} KB gzip (JS + CSS, all activity inputs, heaviest language)\n${report}\n` +
      `Languages:\n${languages.map((l) => `${String(l.gzip).padStart(7)}  ${l.file}`).join('\n')}`,
  );
  expect(sizes.some((s) => s.file.startsWith('phone-') && s.file.endsWith('.js'))).toBe(true);
  expect(sizes.filter((s) => s.file.startsWith('Input-')).length).toBeGreaterThanOrEqual(2);
  expect(
    total,
    `Phone JS+CSS is ${total} bytes gzip, over ${PHONE_BUDGET_BYTES}. Heaviest files:\n${report}\n` +
      'Phone inputs must not import values from modules that build zod schemas (use type-only imports).',
  ).toBeLessThanOrEqual(PHONE_BUDGET_BYTES);
});

/** Every chunk a page can fetch from its HTML: static and lazy imports alike. */
function reachableChunks(page: string): string[] {
  const html = readFileSync(join(RENDERER, `${page}/index.html`), 'utf8');
  const files = new Set<string>();
  const queue = [...html.matchAll(/src="\.\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (files.has(file)) continue;
    files.add(file);
    const code = readFileSync(join(RENDERER, 'assets', file), 'utf8');
    for (const m of code.matchAll(/["'`]\.\/([^"'`]+\.js)["'`]/g)) queue.push(m[1]!);
  }
  return [...files];
}

// New exercises' wording in every language is the console's: the hub sends phones and projector what they show.
for (const page of ['phone', 'projector']) {
  test(`the ${page} bundles no exercise wording`, () => {
    test.skip(!existsSync(join(RENDERER, `${page}/index.html`)), 'run `npx electron-vite build` first');
    const chunks = reachableChunks(page).map((file) => ({
      file,
      code: readFileSync(join(RENDERER, 'assets', file), 'utf8'),
    }));
    expect(chunks.length).toBeGreaterThan(5);
    const found = LANGUAGES.flatMap((language) => {
      const wording = contentIn(language).centricity.questions[0]!;
      return chunks.filter((c) => c.code.includes(wording)).map((c) => `${language} in ${c.file}`);
    });
    expect(found).toEqual([]);
  });
}
