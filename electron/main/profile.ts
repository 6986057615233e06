// Where the desktop app keeps its profile (workshops in IndexedDB, the hub's journal).
// Pure (no electron import): index.ts hands the answer to app.setPath before anything reads it.
import { isAbsolute } from 'node:path';

/**
 * OUTSIDE_IN_USER_DATA names a profile folder of its own (the desktop smoke test runs in an empty
 * one, next to a facilitator's real library), else null for Electron's usual folder. Only absolute
 * paths: a relative one would depend on where the app happened to be started.
 */
export function userDataDirFrom(env: Record<string, string | undefined>): string | null {
  const dir = env.OUTSIDE_IN_USER_DATA?.trim();
  return dir && isAbsolute(dir) ? dir : null;
}
