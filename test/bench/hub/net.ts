// What the hub benchmark needs around the load itself: the hub in its own process, sampling it, waiting.
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

export const root = resolve(import.meta.dirname, '../../..');
export const TOKEN = 'bench-facilitator-token';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function percentile(values: number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[index]! * 10) / 10;
}

export function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolveWait, reject) => {
    const tick = () => {
      if (check()) resolveWait();
      else if (Date.now() > deadline) reject(new Error(`Timed out waiting for ${what}`));
      else setTimeout(tick, 5);
    };
    tick();
  });
}

/** Runs `fn` over items with at most `limit` at a time. */
export async function inBatches<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

/** A node process that prints {"port": N} on its first stdout line once it listens. */
async function listening(child: ChildProcess, errors: string[]): Promise<number> {
  const line = await new Promise<string>((resolveLine, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolveLine);
    child.once('exit', (code) => reject(new Error(`process exited (${code}): ${errors.join('\n')}`)));
  });
  return (JSON.parse(line) as { port: number }).port;
}

export async function spawnHub(dataDir: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_HUB_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      '--import',
      'tsx',
      join(root, 'electron/hub/testing/hubProcess.ts'),
      dataDir,
      TOKEN,
    ],
    { stdio: ['ignore', 'pipe', 'pipe', 'ipc'], cwd: root },
  );
  const errors: string[] = [];
  process.once('exit', () => child.kill('SIGKILL'));
  createInterface({ input: child.stderr! }).on('line', (line) => {
    if (!line.startsWith('info:')) errors.push(line);
  });
  return { child, port: await listening(child, errors) };
}

export async function spawnScript(source: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', source], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    cwd: root,
  });
  process.once('exit', () => child.kill('SIGKILL'));
  return { child, port: await listening(child, []) };
}

export interface HubSample {
  rss: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  batches: number;
  slowestFlushMs: number;
  cpuMs: number;
  answers?: number;
}

/** Samples the process's memory, event-loop delay and CPU over IPC every 200 ms. */
export function sampleProcess(child: ChildProcess) {
  let peak = 0;
  let last: HubSample | null = null;
  let asked = 0;
  const onMessage = (m: unknown) => {
    const sample = m as HubSample;
    if (typeof sample.rss !== 'number') return;
    peak = Math.max(peak, sample.rss);
    last = sample;
  };
  child.on('message', onMessage);
  const ask = () => {
    if (child.connected) child.send('rss');
  };
  const timer = setInterval(ask, 200);
  ask();
  return {
    peakMb: () => Math.round((peak / 1024 / 1024) * 10) / 10,
    last: () => last,
    /** A fresh sample now (e.g. the answer count after the burst). */
    /** A sample asked for now, answered after everything the hub was busy with (null if it never answers). */
    fresh: async (timeoutMs = 60_000): Promise<HubSample | null> => {
      const id = `rss:${++asked}`;
      let answer: HubSample | null = null;
      const onAnswer = (m: unknown) => {
        if ((m as { id?: string }).id === id) answer = m as HubSample;
      };
      child.on('message', onAnswer);
      if (child.connected) child.send(id);
      await waitFor(() => answer !== null, timeoutMs, 'a hub sample').catch(() => undefined);
      child.off('message', onAnswer);
      return answer;
    },
    stop: () => {
      clearInterval(timer);
      child.off('message', onMessage);
    },
  };
}

/** Stops a process: SIGTERM, and SIGKILL if it has not gone within `graceMs` (a swamped hub). */
export async function stop(child: ChildProcess, graceMs = 5_000): Promise<void> {
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited(child);
  clearTimeout(timer);
}

export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((r) => child.once('exit', () => r()));
}
