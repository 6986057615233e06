import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
    const before = readFileSync(samplePath, 'utf8');
    execFileSync('npx', ['tsx', 'scripts/make-sample.ts'], { stdio: 'pipe' });
    expect(readFileSync(samplePath, 'utf8')).toBe(before);
  });
});
