import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function resolveImport(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const ext of EXTENSIONS) {
    const path = base + ext;
    if (/\.tsx?$/.test(path) && existsSync(path) && statSync(path).isFile()) return path;
  }
  return null;
}

/**
 * Every source file a page's entry reaches through relative imports, lazy ones included, except
 * those `skip` matches (the views of a surface the page never shows).
 */
export function reachableFiles(entry: string, skip?: RegExp): Set<string> {
  const seen = new Set<string>();
  const queue = [resolve(entry)];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'(\.[^']+)'/g)) {
      const target = resolveImport(file, m[1]!);
      if (target && !/\.test\.tsx?$/.test(target) && !skip?.test(target)) queue.push(target);
    }
  }
  return seen;
}

/** The message keys a set of files asks for with `t('key'`. */
export function keysUsedIn(files: Iterable<string>): Set<string> {
  const used = new Set<string>();
  for (const file of files)
    for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([^']+)'/g)) used.add(m[1]!);
  return used;
}

/**
 * What each page shows of the activity views: the phone answers, the projector shows Live views
 * (and exercise outcomes, from their own registry, so it reaches no console view).
 */
export const PHONE_SKIPS = /activities\/[^/]+\/(Live|Result)\.tsx$/;
export const PROJECTOR_SKIPS = /activities\/[^/]+\/(Input|Result)\.tsx$/;
