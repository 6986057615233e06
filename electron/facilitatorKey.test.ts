import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACILITATOR_KEY_FILE, loadFacilitatorKey } from './facilitatorKey';

const dir = () => mkdtemp(join(tmpdir(), 'outside-in-key-'));

describe('browser mode facilitator key', () => {
  it('is made once, readable by its owner only, and the same after a restart', async () => {
    const dataDir = join(await dir(), 'hub');
    const first = await loadFacilitatorKey(dataDir);
    expect(first.created).toBe(true);
    expect(first.key).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const path = join(dataDir, FACILITATOR_KEY_FILE);
    if (process.platform !== 'win32') expect((await stat(path)).mode & 0o777).toBe(0o600);
    const again = await loadFacilitatorKey(dataDir);
    expect(again).toEqual({ key: first.key, created: false });
  });

  it('replaces a file that holds no key instead of trusting it', async () => {
    const dataDir = await dir();
    await writeFile(join(dataDir, FACILITATOR_KEY_FILE), 'short\n');
    const loaded = await loadFacilitatorKey(dataDir);
    expect(loaded.created).toBe(true);
    expect(loaded.key).not.toBe('short');
    expect((await readFile(join(dataDir, FACILITATOR_KEY_FILE), 'utf8')).trim()).toBe(loaded.key);
  });
});
