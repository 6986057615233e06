import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';

/** A key as the hub makes them: 24 random bytes, base64url. Anything else in the file is not ours. */
const KEY_PATTERN = /^[A-Za-z0-9_-]{32,128}$/;

export const FACILITATOR_KEY_FILE = 'facilitator.key';

/**
 * Browser mode's facilitator key, kept in the data folder readable by this user only, so an open
 * console reconnects by itself after the hub restarts. A missing or unreadable file gets a new key.
 */
export async function loadFacilitatorKey(dataDir: string): Promise<{ key: string; created: boolean }> {
  const path = join(dataDir, FACILITATOR_KEY_FILE);
  const existing = await readFile(path, 'utf8').then(
    (text) => text.trim(),
    () => null,
  );
  if (existing && KEY_PATTERN.test(existing)) {
    // Tighten a file someone loosened by hand.
    await chmod(path, 0o600).catch(() => undefined);
    return { key: existing, created: false };
  }
  const key = randomBytes(24).toString('base64url');
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  const file = await open(temporary, 'w', 0o600);
  try {
    await file.writeFile(key + '\n', 'utf8');
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temporary, path);
  return { key, created: true };
}
