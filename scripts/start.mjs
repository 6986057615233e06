// `npm start [-- args]`: the desktop app when the Electron binary is installed (fetched once if
// missing), otherwise browser mode (the hub serves the console to a browser on this machine).
import { spawn, spawnSync } from 'node:child_process';
import console from 'node:console';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import {
  afterFetch,
  browserModeMessage,
  commands,
  downloadSkipped,
  electronEnv,
  FETCH_TIMEOUT_MS,
  firstStep,
  installedElectron,
} from './start-decision.mjs';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const electronDir = join(projectDir, 'node_modules', 'electron');
const args = process.argv.slice(2);
// npm.cmd can only be spawned through a shell on Windows.
const shell = process.platform === 'win32';

function commandsFor(executable) {
  return commands({ projectDir, executable, args, platform: process.platform });
}

function runToEnd({ command, args: commandArgs }, options = {}) {
  return spawnSync(command, commandArgs, { stdio: 'inherit', cwd: projectDir, shell, ...options });
}

/** Runs a long-lived child, passes Ctrl+C on to it, and leaves with its exit code. */
function handOver({ command, args: commandArgs }, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: 'inherit', cwd: projectDir, ...options });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (error) => resolve({ started: false, error }));
    child.on('exit', (code, signal) => resolve({ started: true, code: code ?? (signal ? 1 : 0) }));
  });
}

/** Browser mode, after one line that says why (never the installer's stack trace). */
async function browserMode(why) {
  console.log(`\n${browserModeMessage(why)}\n`);
  const result = await handOver(commandsFor(null).serve, { shell });
  if (!result.started) console.error(`Could not run npm: ${result.error.message}`);
  return result.started ? result.code : 1;
}

async function main() {
  let executable = installedElectron(electronDir, process.env);
  let step = firstStep({ executable, skipDownload: downloadSkipped(process.env) });

  let why = { kind: 'skipped' };
  if (step === 'fetch-electron') {
    console.log('Fetching the Electron desktop binary (once; at most a minute)…');
    // The installer's output is kept: on failure it is a stack trace, said in one line instead.
    const fetched = runToEnd(commandsFor(null).fetch, {
      shell: false,
      timeout: FETCH_TIMEOUT_MS,
      stdio: 'pipe',
      encoding: 'utf8',
    });
    why =
      fetched.error?.code === 'ETIMEDOUT'
        ? { kind: 'timeout' }
        : { kind: 'download-failed', output: `${fetched.stderr ?? ''}\n${fetched.stdout ?? ''}` };
    executable = installedElectron(electronDir, process.env);
    step = afterFetch({ executable });
  }

  if (step === 'browser-mode') return browserMode(why);

  const build = runToEnd(commandsFor(executable).build);
  if (build.status !== 0) {
    console.error('The build failed (see above); Outside-In was not started.');
    return build.status ?? 1;
  }
  const launched = await handOver(commandsFor(executable).electron, { env: electronEnv(process.env) });
  if (!launched.started) {
    // Present but unusable (wrong platform, missing system libraries): still let the workshop run.
    return browserMode({ kind: 'unusable', message: launched.error.message });
  }
  return launched.code;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    // One line, not a stack trace: what failed is all a facilitator can act on.
    console.error(`Outside-In could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
