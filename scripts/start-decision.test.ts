import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  afterFetch,
  browserModeMessage,
  commands,
  downloadSkipped,
  electronEnv,
  firstStep,
  installedElectron,
} from './start-decision.mjs';

let electronDir: string;
beforeEach(() => {
  electronDir = mkdtempSync(join(tmpdir(), 'outside-in-electron-'));
});
afterEach(() => rmSync(electronDir, { recursive: true, force: true }));

function install(relative = 'electron') {
  writeFileSync(join(electronDir, 'path.txt'), relative);
  mkdirSync(join(electronDir, 'dist'), { recursive: true });
  writeFileSync(join(electronDir, 'dist', relative), '');
}

describe('is the Electron binary installed?', () => {
  it('finds the executable that path.txt names inside dist/', () => {
    install();
    expect(installedElectron(electronDir)).toBe(join(electronDir, 'dist', 'electron'));
  });

  it('says no when the download never happened (the npm install we ship with)', () => {
    expect(installedElectron(electronDir)).toBeNull();
  });

  it('says no when path.txt exists but the binary is missing (a broken download)', () => {
    writeFileSync(join(electronDir, 'path.txt'), 'electron');
    expect(installedElectron(electronDir)).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron itself does', () => {
    writeFileSync(join(electronDir, 'path.txt'), 'electron');
    const elsewhere = mkdtempSync(join(tmpdir(), 'outside-in-dist-'));
    writeFileSync(join(elsewhere, 'electron'), '');
    try {
      expect(installedElectron(electronDir, { ELECTRON_OVERRIDE_DIST_PATH: elsewhere })).toBe(
        join(elsewhere, 'electron'),
      );
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

describe('what npm start does', () => {
  it('launches Electron when it is installed, whatever the download setting', () => {
    expect(firstStep({ executable: '/e/electron', skipDownload: false })).toBe('launch-electron');
    expect(firstStep({ executable: '/e/electron', skipDownload: true })).toBe('launch-electron');
  });

  it('tries one download when the binary is missing, then falls back to browser mode', () => {
    expect(firstStep({ executable: null, skipDownload: false })).toBe('fetch-electron');
    expect(afterFetch({ executable: null })).toBe('browser-mode');
    expect(afterFetch({ executable: '/e/electron' })).toBe('launch-electron');
  });

  it('never downloads when ELECTRON_SKIP_BINARY_DOWNLOAD is set', () => {
    expect(downloadSkipped({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })).toBe(true);
    expect(downloadSkipped({ ELECTRON_SKIP_BINARY_DOWNLOAD: 'true' })).toBe(true);
    expect(downloadSkipped({ ELECTRON_SKIP_BINARY_DOWNLOAD: '0' })).toBe(false);
    expect(downloadSkipped({ ELECTRON_SKIP_BINARY_DOWNLOAD: '' })).toBe(false);
    expect(downloadSkipped({})).toBe(false);
    expect(
      firstStep({ executable: null, skipDownload: downloadSkipped({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }) }),
    ).toBe('browser-mode');
  });

  it('tells the user in one line why the browser opens instead, without the installer’s stack trace', () => {
    // What @electron/get's installer prints when the download fails.
    const output = [
      'RequestError: connect ECONNREFUSED 127.0.0.1:9',
      '    at ClientRequest.<anonymous> (/app/node_modules/got/dist/source/core/index.js:970:111)',
      '    at Object.onceWrapper (node:events:639:26)',
    ].join('\n');
    const then = 'Starting browser mode instead: open the Console URL below in a browser.';
    expect(browserModeMessage({ kind: 'download-failed', output })).toBe(
      `The Electron desktop binary could not be downloaded (connect ECONNREFUSED 127.0.0.1:9; offline?). ${then}`,
    );
    expect(browserModeMessage({ kind: 'download-failed', output: '' })).toBe(
      `The Electron desktop binary could not be downloaded (offline?). ${then}`,
    );
    expect(browserModeMessage({ kind: 'skipped' })).toBe(
      `The Electron desktop binary is not installed (downloads are switched off). ${then}`,
    );
    expect(browserModeMessage({ kind: 'timeout' })).toMatch(/within a minute/);
    expect(browserModeMessage({ kind: 'unusable', message: 'spawn EACCES' })).toBe(
      `The Electron desktop app could not start (spawn EACCES). ${then}`,
    );
    for (const why of [{ kind: 'download-failed', output } as const, { kind: 'skipped' } as const])
      expect(browserModeMessage(why)).not.toMatch(/\n|\bat \S+ \(/);
  });
});

describe('commands', () => {
  it('forwards the arguments to Electron and to browser mode', () => {
    const run = commands({
      projectDir: '/app',
      executable: '/e/electron',
      args: ['--port', '5000'],
      platform: 'linux',
    });
    expect(run.electron).toEqual({ command: '/e/electron', args: ['/app', '--port', '5000'] });
    expect(run.serve).toEqual({ command: 'npm', args: ['run', 'serve', '--', '--port', '5000'] });
    expect(run.fetch.args).toEqual([join('/app', 'node_modules', 'electron', 'install.js')]);
  });

  it('adds no stray "--" without arguments, and uses npm.cmd on Windows', () => {
    const run = commands({ projectDir: 'C:\\app', executable: null, args: [], platform: 'win32' });
    expect(run.serve).toEqual({ command: 'npm.cmd', args: ['run', 'serve'] });
    expect(run.build).toEqual({ command: 'npm.cmd', args: ['run', 'build'] });
  });

  it('keeps ELECTRON_RUN_AS_NODE away from Electron (it would start as plain Node)', () => {
    expect(electronEnv({ ELECTRON_RUN_AS_NODE: '1', HOME: '/home/ana' })).toEqual({ HOME: '/home/ana' });
  });
});
