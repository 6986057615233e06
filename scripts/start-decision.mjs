// What `npm start` does, as plain functions (start.mjs runs them; start-decision.test.ts checks them).
// Plain JavaScript because `npm start` must run on a bare Node 20 without a TypeScript loader.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';

export const BROWSER_MODE_MESSAGE =
  'The Electron desktop binary is not installed (it could not be downloaded: offline?). ' +
  'Starting browser mode instead: open the URL below in a browser.';

export const FETCH_TIMEOUT_MS = 60_000;

/** ELECTRON_SKIP_BINARY_DOWNLOAD set to anything but '', '0' or 'false' means: never download. */
export function downloadSkipped(env) {
  const value = (env.ELECTRON_SKIP_BINARY_DOWNLOAD ?? '').trim().toLowerCase();
  return value !== '' && value !== '0' && value !== 'false';
}

/**
 * Where the Electron executable is, or null when it is not installed. Same rule as
 * node_modules/electron/index.js: path.txt names the executable inside dist/.
 */
export function installedElectron(electronDir, env = {}, fs = { existsSync, readFileSync }) {
  const pathFile = join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const relative = fs.readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  const executable = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative)
    : join(electronDir, 'dist', relative);
  return fs.existsSync(executable) ? executable : null;
}

/**
 * First step: launch Electron when it is there; otherwise try to fetch it once, unless
 * downloads are switched off (then straight to browser mode).
 */
export function firstStep({ executable, skipDownload }) {
  if (executable) return 'launch-electron';
  return skipDownload ? 'browser-mode' : 'fetch-electron';
}

/** After the one fetch attempt: launch if it brought the binary, otherwise browser mode. */
export function afterFetch({ executable }) {
  return executable ? 'launch-electron' : 'browser-mode';
}

function npm(platform) {
  return platform === 'win32' ? 'npm.cmd' : 'npm';
}

/** Commands for each outcome; `args` are the ones given to `npm start -- …`. */
export function commands({ projectDir, executable, args, platform }) {
  return {
    fetch: { command: process.execPath, args: [join(projectDir, 'node_modules', 'electron', 'install.js')] },
    build: { command: npm(platform), args: ['run', 'build'] },
    electron: { command: executable ?? '', args: [projectDir, ...args] },
    serve: { command: npm(platform), args: ['run', 'serve', ...(args.length ? ['--', ...args] : [])] },
  };
}

/** Electron run with this variable set behaves as plain Node; never pass it through. */
export function electronEnv(env) {
  const clean = { ...env };
  delete clean.ELECTRON_RUN_AS_NODE;
  return clean;
}
