/**
 * Hub benchmark: N participants on 127.0.0.1 join a session and each answer one scale poll
 * within ~5 s while a projector ('screen') watches the revealed tally.
 *   npm run bench:hub -- --participants 1000
 * Prints one JSON line: participants, answers_acked, answers_lost (acked but missing from the
 * final tally), p50_ms / p99_ms (send → the screen sees a tally counting it), ack_p99_ms,
 * hub_rss_mb (peak, hub process), raw_ws_p99_ms (bare ws echo server, same machine, same load).
 *
 * "Counting it": the screen only sees counts, so an answer counts as seen at the first tally
 * whose `answered` reaches the number of answers acked up to and including this one.
 * BENCH_HUB_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the hub process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { WebSocket } from 'ws';
import { PROTOCOL_VERSION } from '../../shared/protocol';

const root = resolve(import.meta.dirname, '../..');
const TOKEN = 'bench-facilitator-token';
const SPREAD_MS = 5000;

function option(name: string, fallback: number): number {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  const raw = args[i]!.includes('=') ? args[i]!.split('=')[1] : args[i + 1];
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a positive whole number`);
  return value;
}

function percentile(values: number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[index]! * 10) / 10;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Peer {
  ws: WebSocket;
  messages: (message: Record<string, unknown>) => void;
}

function connect(
  url: string,
  origin: string,
  onMessage: (m: Record<string, unknown>) => void,
): Promise<Peer> {
  return new Promise((resolvePeer, reject) => {
    const ws = new WebSocket(url, { origin, perMessageDeflate: false });
    const peer: Peer = { ws, messages: onMessage };
    ws.on('message', (data) => peer.messages(JSON.parse(String(data)) as Record<string, unknown>));
    ws.once('open', () => resolvePeer(peer));
    ws.once('error', reject);
  });
}

function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
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
async function inBatches<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

async function spawnHub(dataDir: string): Promise<{ child: ChildProcess; port: number }> {
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
  createInterface({ input: child.stderr! }).on('line', (line) => {
    if (!line.startsWith('info:')) errors.push(line);
  });
  const line = await new Promise<string>((resolveLine, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolveLine);
    child.once('exit', (code) => reject(new Error(`hub exited (${code}): ${errors.join('\n')}`)));
  });
  return { child, port: (JSON.parse(line) as { port: number }).port };
}

interface HubSample {
  rss: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  batches: number;
  slowestFlushMs: number;
  cpuMs: number;
}

function sampleRss(child: ChildProcess): {
  peakMb: () => number;
  last: () => HubSample | null;
  stop: () => void;
} {
  let peak = 0;
  let last: HubSample | null = null;
  const onMessage = (m: unknown) => {
    const sample = m as HubSample;
    if (typeof sample.rss !== 'number') return;
    peak = Math.max(peak, sample.rss);
    last = sample;
  };
  child.on('message', onMessage);
  const timer = setInterval(() => child.send('rss'), 200);
  child.send('rss');
  return {
    peakMb: () => Math.round((peak / 1024 / 1024) * 10) / 10,
    last: () => last,
    stop: () => {
      clearInterval(timer);
      child.off('message', onMessage);
    },
  };
}

async function benchHub(participants: number) {
  const dataDir = await mkdtemp(join(tmpdir(), 'outside-in-bench-'));
  const { child, port } = await spawnHub(dataDir);
  const rss = sampleRss(child);
  const url = `ws://127.0.0.1:${port}/ws`;
  const origin = `http://127.0.0.1:${port}`;
  try {
    // The facilitator starts a one-question poll, opens it and reveals it on the projector.
    let state: Record<string, unknown> | null = null;
    const facilitator = await connect(url, origin, (m) => {
      if (m.type === 'state' || m.type === 'welcome')
        state = (m.type === 'welcome' ? m.snapshot : m) as Record<string, unknown>;
    });
    facilitator.ws.send(
      JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, role: 'facilitator', token: TOKEN }),
    );
    const control = (c: Record<string, unknown>) =>
      facilitator.ws.send(JSON.stringify({ type: 'control', control: c }));
    control({
      action: 'start-session',
      workshopId: 'bench',
      workshopName: 'Benchmark',
      activities: [
        {
          id: 'bench:poll',
          exerciseId: 'bench',
          kind: 'scale-poll',
          title: 'Benchmark poll',
          prompt: 'Rate it',
          config: { items: [{ id: 'q1', label: 'How are we doing?' }], min: 1, max: 5 },
        },
      ],
    });
    const session = () =>
      (state as { session?: { code: string; phase: string; revealed: boolean } } | null)?.session;
    await waitFor(() => !!session(), 10_000, 'the session to start');
    control({ action: 'open' });
    control({ action: 'reveal' });
    await waitFor(() => session()?.phase === 'open' && session()?.revealed === true, 10_000, 'open + reveal');
    const code = session()!.code;

    // The projector watches the revealed tally.
    const tallies: { at: number; answered: number }[] = [];
    const screen = await connect(url, origin, (m) => {
      if (m.type === 'tally') tallies.push({ at: performance.now(), answered: m.answered as number });
    });
    screen.ws.send(JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, role: 'screen' }));

    // Participants join (not timed).
    const phones: { peer: Peer; joined: boolean }[] = [];
    await inBatches([...Array(participants).keys()], 50, async () => {
      const phone = { peer: null as unknown as Peer, joined: false };
      phone.peer = await connect(url, origin, (m) => {
        if (m.type === 'welcome') phone.joined = true;
      });
      phone.peer.ws.send(
        JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, role: 'participant', code }),
      );
      phones.push(phone);
    });
    await waitFor(() => phones.every((p) => p.joined), 60_000, 'every participant to join');
    await sleep(300);
    child.send('reset'); // event-loop delay from here on: the answering phase only

    // Each answers once, at a random moment within SPREAD_MS.
    const sentAt = new Array<number>(participants).fill(0);
    const ackedAt = new Array<number>(participants).fill(0);
    const ackRank = new Array<number>(participants).fill(0);
    let acked = 0;
    let rejected = 0;
    phones.forEach((phone, i) => {
      phone.peer.messages = (m) => {
        if (m.type !== 'ack') return;
        if (m.status === 'recorded' || m.status === 'replaced') {
          ackedAt[i] = performance.now();
          ackRank[i] = ++acked;
        } else rejected += 1;
      };
      setTimeout(() => {
        sentAt[i] = performance.now();
        phone.peer.ws.send(
          JSON.stringify({
            type: 'answer',
            activityId: 'bench:poll',
            itemId: 'q1',
            clientAnswerId: `a${i}`,
            value: (i % 5) + 1,
          }),
        );
      }, Math.random() * SPREAD_MS);
    });
    await waitFor(() => acked + rejected === participants, SPREAD_MS + 30_000, 'every ack').catch(
      () => undefined,
    );
    await waitFor(() => (tallies.at(-1)?.answered ?? 0) >= acked, 5_000, 'the screen to catch up').catch(
      () => undefined,
    );

    // The final tally, asked afresh.
    let finalAnswered = -1;
    const checker = await connect(url, origin, (m) => {
      if (m.type === 'tally') finalAnswered = m.answered as number;
    });
    checker.ws.send(
      JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, role: 'facilitator', token: TOKEN }),
    );
    await waitFor(() => finalAnswered >= 0, 10_000, 'the final tally');

    const seen: number[] = [];
    const ackTimes: number[] = [];
    let t = 0;
    const order = [...phones.keys()].filter((i) => ackRank[i]! > 0).sort((a, b) => ackRank[a]! - ackRank[b]!);
    for (const i of order) {
      ackTimes.push(ackedAt[i]! - sentAt[i]!);
      while (t < tallies.length && (tallies[t]!.answered < ackRank[i]! || tallies[t]!.at < sentAt[i]!)) t++;
      if (t < tallies.length) seen.push(tallies[t]!.at - sentAt[i]!);
    }
    for (const p of [...phones.map((p) => p.peer), facilitator, screen, checker]) p.ws.terminate();
    return {
      participants,
      answers_acked: acked,
      answers_rejected: rejected,
      answers_lost: Math.max(0, acked - finalAnswered),
      answers_never_seen_by_screen: order.length - seen.length,
      p50_ms: percentile(seen, 50),
      p99_ms: percentile(seen, 99),
      ack_p50_ms: percentile(ackTimes, 50),
      ack_p99_ms: percentile(ackTimes, 99),
      screen_tallies: tallies.length,
      hub_rss_mb: rss.peakMb(),
      hub_loop_delay_p99_ms: Math.round((rss.last()?.loopDelayP99Ms ?? 0) * 10) / 10,
      hub_loop_delay_max_ms: Math.round((rss.last()?.loopDelayMaxMs ?? 0) * 10) / 10,
      hub_cpu_ms: Math.round(rss.last()?.cpuMs ?? 0),
      journal_batches: rss.last()?.batches ?? null,
      journal_slowest_fsync_ms: Math.round((rss.last()?.slowestFlushMs ?? 0) * 10) / 10,
    };
  } finally {
    rss.stop();
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The same load on a bare ws echo server in its own process: the floor the hub is compared with. */
async function benchRawWs(participants: number): Promise<number | null> {
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { WebSocketServer } from 'ws';
       const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false, maxPayload: 65536 });
       wss.on('connection', (ws) => ws.on('message', (d) => ws.send(String(d))));
       wss.on('listening', () => console.log(JSON.stringify({ port: wss.address().port })));`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], cwd: root },
  );
  try {
    const line = await new Promise<string>((r) => createInterface({ input: child.stdout! }).once('line', r));
    const port = (JSON.parse(line) as { port: number }).port;
    const url = `ws://127.0.0.1:${port}`;
    const times: number[] = [];
    const peers: Peer[] = [];
    await inBatches([...Array(participants).keys()], 50, async () => {
      peers.push(await connect(url, `http://127.0.0.1:${port}`, () => undefined));
    });
    let done = 0;
    peers.forEach((peer) => {
      let sent = 0;
      peer.messages = () => {
        times.push(performance.now() - sent);
        done++;
      };
      setTimeout(() => {
        sent = performance.now();
        peer.ws.send(
          JSON.stringify({
            type: 'answer',
            activityId: 'bench:poll',
            itemId: 'q1',
            clientAnswerId: 'x',
            value: 3,
          }),
        );
      }, Math.random() * SPREAD_MS);
    });
    await waitFor(() => done === participants, SPREAD_MS + 20_000, 'echoes').catch(() => undefined);
    for (const peer of peers) peer.ws.terminate();
    return percentile(times, 99);
  } finally {
    child.kill('SIGTERM');
  }
}

async function main() {
  const participants = option('participants', 1000);
  const { execSync } = await import('node:child_process');
  let fdLimit = Infinity;
  try {
    fdLimit = Number(execSync('ulimit -n', { shell: '/bin/sh' }).toString().trim()) || Infinity;
  } catch {
    // Windows: no ulimit.
  }
  if (fdLimit < participants * 2 + 100) {
    console.error(
      `Warning: the open-file limit is ${fdLimit}; ${participants} participants need about ${participants * 2 + 100} ` +
        `(both ends of each socket). Raise it with \`ulimit -n ${participants * 2 + 1000}\`.`,
    );
  }
  const hub = await benchHub(participants);
  const raw = await benchRawWs(participants);
  console.log(JSON.stringify({ ...hub, raw_ws_p99_ms: raw }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
