// Runs the hub in its own process and keeps it running: a crash there leaves the windows up; the
// hub comes back on the same port with the same key and replays its journal, and the console and
// phones reconnect by themselves. No electron import; index.ts passes utilityProcess.fork.
import { randomBytes } from 'node:crypto';
import { fromHubSchema, type FromHub, type HubProcessStart } from '../hubProcess/messages';
import type { HubStartOptions, RunningHubLike } from './hubSession';

/** The hub's process as the supervisor uses it (Electron's UtilityProcess, or a Node child in tests). */
export interface HubChild {
  postMessage(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export interface SupervisorOptions {
  fork: () => HubChild;
  /** Waits before each restart after a crash; one crash more than there are waits, within the window, gives up. */
  restartDelaysMs?: readonly number[];
  /** Crashes this far apart start the count again. */
  crashWindowMs?: number;
  /** How long a start may take before the process counts as failed. */
  startTimeoutMs?: number;
  log?: (message: string) => void;
}

export const DEFAULT_RESTART_DELAYS_MS = [250, 1000, 3000, 10_000] as const;

/** The restart policy on its own: the wait before the next start, or null to give up. */
export class RestartPolicy {
  private crashes: number[] = [];

  constructor(
    private readonly delays: readonly number[] = DEFAULT_RESTART_DELAYS_MS,
    private readonly windowMs = 120_000,
  ) {}

  crashed(now: number): number | null {
    this.crashes = [...this.crashes.filter((t) => now - t < this.windowMs), now];
    return this.delays[this.crashes.length - 1] ?? null;
  }
}

class StartFailure extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Starts one hub process with these options; resolves once it listens. */
function startChild(
  fork: () => HubChild,
  options: HubProcessStart,
  timeoutMs: number,
): Promise<{ child: HubChild; started: Extract<FromHub, { type: 'started' }> }> {
  const child = fork();
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill();
      reject(error);
    };
    const timer = setTimeout(
      () => fail(new StartFailure('the hub process did not start in time')),
      timeoutMs,
    );
    child.onMessage((raw) => {
      const message = fromHubSchema.safeParse(raw);
      if (!message.success || settled) return;
      if (message.data.type === 'started') {
        settled = true;
        clearTimeout(timer);
        resolve({ child, started: message.data });
      } else if (message.data.type === 'failed') {
        fail(new StartFailure(message.data.message, message.data.code));
      }
    });
    child.onExit((code) => fail(new StartFailure(`the hub process exited (code ${code ?? 'none'})`)));
    child.postMessage({ type: 'start', options });
  });
}

/**
 * A `startHub` for HubSession that runs each hub in its own process and restarts it after a crash.
 * `state` reports 'restarting' while it is down and 'stopped' when it gave up.
 */
export function supervisedHub(
  options: SupervisorOptions,
  state: (state: 'running' | 'restarting' | 'stopped') => void = () => {},
) {
  const log = options.log ?? ((m: string) => console.warn(m));
  const timeoutMs = options.startTimeoutMs ?? 15_000;
  return async (start: HubStartOptions): Promise<RunningHubLike> => {
    const facilitatorToken = randomBytes(24).toString('base64url');
    const first = await startChild(options.fork, { ...start, facilitatorToken }, timeoutMs);
    // Restarts keep the port and the key: the console's address and credential stay good.
    const again: HubProcessStart = { ...start, port: first.started.port, facilitatorToken };
    const policy = new RestartPolicy(options.restartDelaysMs, options.crashWindowMs);
    let child: HubChild | null = first.child;
    let closing = false;

    const watch = (current: HubChild) =>
      current.onExit((code) => {
        if (closing || child !== current) return;
        child = null;
        const wait = policy.crashed(Date.now());
        if (wait === null) {
          log('The session hub keeps stopping; it was not started again. Restart Outside-In.');
          state('stopped');
          return;
        }
        log(`The session hub stopped (code ${code ?? 'none'}); starting it again in ${wait} ms.`);
        state('restarting');
        setTimeout(() => void restart(), wait);
      });

    const restart = async () => {
      if (closing) return;
      try {
        const next = await startChild(options.fork, again, timeoutMs);
        if (closing) return next.child.kill();
        child = next.child;
        watch(next.child);
        state('running');
      } catch (error) {
        const wait = policy.crashed(Date.now());
        log(
          `The session hub did not start again: ${error instanceof Error ? error.message : String(error)}.`,
        );
        if (wait === null) return state('stopped');
        setTimeout(() => void restart(), wait);
      }
    };

    watch(first.child);
    state('running');
    return {
      port: first.started.port,
      localUrl: first.started.localUrl,
      facilitatorToken,
      close: () => {
        closing = true;
        const current = child;
        child = null;
        if (!current) return Promise.resolve();
        return new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            current.kill();
            resolve();
          }, 5000);
          current.onExit(() => {
            clearTimeout(timer);
            resolve();
          });
          current.postMessage({ type: 'close' });
        });
      },
    };
  };
}
