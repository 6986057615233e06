// What `npm start` does, as plain functions (start.mjs runs them; start-decision.test.ts checks them).
// Plain JavaScript because `npm start` must run on a bare Node 20 without a TypeScript loader.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';

const THEN_BROWSER = 'Starting browser mode instead: open the Console URL below in a browser.';

/**
 * The installer's reason in a few words: the message of the first "…Error: message" line of its
 * output (it prints a whole stack trace), or null when there is none.
 */
export function installerReason(output) {
  const line = String(output ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => /^[A-Za-z]*Error: /.test(l));
  if (!line) return null;
  const reason = line.slice(line.indexOf(': ') + 2);
  return reason.length > 100 ? `${reason.slice(0, 99)}…` : reason;
}

/**
 * The one line `npm start` prints before browser mode, by why the desktop app is not started:
 * `skipped` (downloads switched off), `timeout`, `download-failed` (with the installer's output)
 * or `unusable` (present but would not start, with the error's message).
 */
export function browserModeMessage(why) {
  switch (why.kind) {
    case 'skipped':
      return `The Electron desktop binary is not installed (downloads are switched off). ${THEN_BROWSER}`;
    case 'timeout':
      return `The Electron desktop binary could not be downloaded within a minute (offline?). ${THEN_BROWSER}`;
    case 'download-failed': {
      const reason = installerReason(why.output);
      return `The Electron desktop binary could not be downloaded (${reason ? `${reason}; ` : ''}offline?). ${THEN_BROWSER}`;
    }
    case 'unusable':
      return `The Electron desktop app could not start (${why.message}). ${THEN_BROWSER}`;
  }
}

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
