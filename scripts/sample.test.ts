import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
