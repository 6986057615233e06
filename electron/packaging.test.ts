// The packaged app's hardening lives in electron-builder.yml, which nothing else reads before a
// release: this test fails when a fuse is dropped, turned the wrong way or misspelt.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
// The YAML reader electron-builder itself uses (a dependency of app-builder-lib).
const yaml = require('js-yaml') as { load(text: string): unknown };

const config = yaml.load(readFileSync(resolve(root, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
>;

/** What Electron's security guide asks of a packaged app. */
const EXPECTED_FUSES: Record<string, boolean> = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};

describe('electron-builder.yml', () => {
  it.each(Object.entries(EXPECTED_FUSES))('sets the %s fuse to %s', (fuse, value) => {
    const fuses = config.electronFuses as Record<string, unknown> | undefined;
    expect(fuses, 'electronFuses is missing').toBeDefined();
    expect(fuses?.[fuse]).toBe(value);
  });

  it('names only fuses electron-builder knows (a misspelt one would be ignored)', () => {
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as {
      definitions: Record<string, { properties: Record<string, unknown> }>;
    };
    const known = Object.keys(schema.definitions.FuseOptionsV1?.properties ?? {});
    expect(known).not.toEqual([]);
    for (const fuse of Object.keys(config.electronFuses as object)) expect(known, fuse).toContain(fuse);
  });

  it('packs the app into app.asar, the only place the onlyLoadAppFromAsar fuse lets it load from', () => {
    expect(config.asar).toBe(true);
  });
});
