/**
 * Hub benchmark: N phones on 127.0.0.1 join a session and answer one activity of a kind within 10 s
 * while a projector ('screen') watches the revealed tally.
 *   npm run bench:hub -- --kind scale|dots|text|cards --participants 1000 [--kill]
 * scale: one answer each; dots: three dots each; text: five statements and five upvotes each;
 * cards: a 60-card sort each (60 answers).
 * --kill: SIGKILL the hub halfway through the burst, restart it from the same data dir; the phones
 * reconnect as themselves and send what was not acknowledged again.
 * Prints one JSON line: answers_acked, answers_lost (acknowledged but not stored after the run, or
 * after the restart), ack_p50_ms / ack_p99_ms (send → ack), p50_ms / p99_ms (scale only: send → the
 * screen sees a tally counting it), bytes_to_participants (everything the phones received),
 * bytes_to_screens (everything the console and the projector received),
 * hub_rss_mb (peak), and the same load against a bare ws server doing the same fan-out (reference_*).
 * BENCH_HUB_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the hub process.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebSocket } from 'ws';
import { exited, inBatches, percentile, sampleProcess, sleep, spawnHub, stop, TOKEN, waitFor } from './net';
import { BenchPhone, newRunStats, watcher, type RunStats, type ScreenStats } from './phone';
import { spawnReference } from './reference';
import { BENCH_KINDS, WINDOW_MS, workload, type BenchKind } from './workloads';

const MAX_PARTICIPANTS = 5000;
const began = performance.now();
const progress = (what: string) =>
  console.error(`bench: ${((performance.now() - began) / 1000).toFixed(1)} s ${what}`);

function args() {
  const argv = process.argv.slice(2);
  const value = (name: string) => {
    const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
    if (i < 0) return undefined;
    return argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  };
  const participants = Number(value('participants') ?? 1000);
  if (!Number.isInteger(participants) || participants < 1 || participants > MAX_PARTICIPANTS)
    throw new Error(`--participants needs a whole number from 1 to ${MAX_PARTICIPANTS}`);
  const kind = (value('kind') ?? 'scale') as BenchKind;
  if (!BENCH_KINDS.includes(kind)) throw new Error(`--kind is one of ${BENCH_KINDS.join(', ')}`);
  return { participants, kind, kill: argv.includes('--kill') };
}

interface Target {
  url: string;
  origin: string;
  code: string | null;
  activityId: string;
}

/** Plays every phone's answers on its own schedule; `paused` holds answers back (while the hub is down). */
function burst(phones: BenchPhone[], kind: BenchKind, target: () => Target, stats: RunStats) {
  const load = workload(kind);
  let planned = 0;
  let made = 0;
  let gaveUp = 0;
  const start = performance.now();
  for (const phone of phones) {
    for (const answer of load.plan(phone.index)) {
      planned += 1;
      const attempt = () => {
        const next = answer.make(stats.shared);
        if (next) {
          made += 1;
          phone.answer(target().activityId, next.itemId, next.value, next.statementId);
        } else if (performance.now() - start < WINDOW_MS + 5_000) setTimeout(attempt, 200);
        else gaveUp += 1;
      };
      setTimeout(attempt, answer.atMs);
    }
  }
  return {
    planned,
    done: () => made + gaveUp === planned && phones.every((p) => p.pending === 0),
    counts: () => ({ planned, made, gaveUp }),
  };
}

async function joinAll(phones: BenchPhone[], target: Target): Promise<void> {
  await inBatches(phones, 50, async (phone) => {
    for (let tries = 0; ; tries++) {
      try {
        await phone.connect(target.url, target.origin, target.code);
        return;
      } catch (error) {
        if (tries > 20) throw error;
        await sleep(100);
      }
    }
  });
}

async function startActivity(url: string, origin: string, kind: BenchKind, screens: ScreenStats) {
  let state: { session?: { code: string; phase: string; revealed: boolean } | null } | null = null;
  const facilitator = await watcher(
    url,
    origin,
    { role: 'facilitator', token: TOKEN },
    (m) => {
      if (m.type === 'state' || m.type === 'welcome')
        state = (m.type === 'welcome' ? m.snapshot : m) as never;
    },
    screens,
  );
  const control = (c: Record<string, unknown>) =>
    facilitator.send(JSON.stringify({ type: 'control', control: c }));
  const { activity } = workload(kind);
  control({
    action: 'start-session',
    workshopId: 'bench',
    workshopName: 'Benchmark',
    activities: [activity],
  });
  const session = () => (state as typeof state)?.session;
  await waitFor(() => !!session(), 10_000, 'the session to start');
  control({ action: 'open' });
  control({ action: 'reveal' });
  await waitFor(() => session()?.phase === 'open' && session()?.revealed === true, 10_000, 'open + reveal');
  return { facilitator, code: session()!.code, activityId: activity.id };
}

async function benchHub(participants: number, kind: BenchKind, kill: boolean) {
  const dataDir = await mkdtemp(join(tmpdir(), 'outside-in-bench-'));
  let hub = await spawnHub(dataDir);
  let sampler = sampleProcess(hub.child);
  let peakMb = 0;
  const sockets: WebSocket[] = [];
  const stats = newRunStats();
  const screens: ScreenStats = { bytes: 0, largestFrame: 0 };
  const phones = Array.from({ length: participants }, (_, i) => new BenchPhone(i, stats));
  let target: Target = { url: '', origin: '', code: null, activityId: '' };
  try {
    const at = (port: number) => ({ url: `ws://127.0.0.1:${port}/ws`, origin: `http://127.0.0.1:${port}` });
    const started = await startActivity(at(hub.port).url, at(hub.port).origin, kind, screens);
    sockets.push(started.facilitator);
    target = { ...at(hub.port), code: started.code, activityId: started.activityId };
    const tallies: { at: number; answered: number }[] = [];
    sockets.push(
      await watcher(
        target.url,
        target.origin,
        { role: 'screen' },
        (m) => {
          if (m.type === 'tally') tallies.push({ at: performance.now(), answered: m.answered as number });
        },
        screens,
      ),
    );
    await joinAll(phones, target);
    progress(`${participants} phones joined`);
    await sleep(300);
    hub.child.send('reset');
    stats.bytesToParticipants = 0;
    screens.bytes = 0;
    screens.largestFrame = 0;

    const run = burst(phones, kind, () => target, stats);
    let killed = false;
    let ackedBeforeKill = 0;
    if (kill) {
      await sleep(WINDOW_MS / 2);
      ackedBeforeKill = stats.acked;
      peakMb = Math.max(peakMb, sampler.peakMb());
      sampler.stop();
      hub.child.kill('SIGKILL');
      await exited(hub.child);
      killed = true;
      hub = await spawnHub(dataDir);
      sampler = sampleProcess(hub.child);
      target = { ...target, ...at(hub.port) };
      await joinAll(phones, target);
    }
    await waitFor(run.done, WINDOW_MS + 60_000, 'every answer to be acknowledged').catch(() => undefined);
    progress(`burst over: ${JSON.stringify(run.counts())}, ${stats.acked} acked`);
    await sleep(200);
    const fresh = await sampler.fresh();
    const stored = fresh?.answers ?? null;
    const sample = fresh ?? sampler.last();
    peakMb = Math.max(peakMb, sampler.peakMb());

    const seen: number[] = [];
    if (kind === 'scale' && !killed) {
      // One answer per phone: the k-th acknowledged is counted by the first tally with answered ≥ k.
      const sorted = stats.ackLog.sort((a, b) => a.ackedAt - b.ackedAt);
      let t = 0;
      sorted.forEach(({ sentAt }, k) => {
        while (t < tallies.length && (tallies[t]!.answered < k + 1 || tallies[t]!.at < sentAt)) t++;
        if (t < tallies.length) seen.push(tallies[t]!.at - sentAt);
      });
    }
    return {
      kind,
      participants,
      ...(killed ? { killed: true, answers_acked_before_kill: ackedBeforeKill } : {}),
      answers_planned: run.planned,
      answers_not_given: run.counts().gaveUp,
      answers_acked: stats.acked,
      answers_rejected: stats.rejected,
      ...(stats.rejections.size ? { rejections: Object.fromEntries(stats.rejections) } : {}),
      answers_unacked: phones.reduce((n, p) => n + p.pending, 0),
      answers_stored: stored,
      answers_lost: stored === null ? null : Math.max(0, stats.acked - stored),
      ack_p50_ms: percentile(stats.ackTimes, 50),
      ack_p99_ms: percentile(stats.ackTimes, 99),
      p50_ms: percentile(seen, 50),
      p99_ms: percentile(seen, 99),
      screen_tallies: tallies.length,
      bytes_to_participants: stats.bytesToParticipants,
      largest_frame_to_participant: stats.largestFrameToParticipant,
      bytes_to_screens: screens.bytes,
      largest_frame_to_screens: screens.largestFrame,
      hub_rss_mb: peakMb,
      hub_loop_delay_p99_ms: Math.round((sample?.loopDelayP99Ms ?? 0) * 10) / 10,
      hub_loop_delay_max_ms: Math.round((sample?.loopDelayMaxMs ?? 0) * 10) / 10,
      hub_cpu_ms: Math.round(sample?.cpuMs ?? 0),
      journal_batches: sample?.batches ?? null,
      journal_slowest_fsync_ms: Math.round((sample?.slowestFlushMs ?? 0) * 10) / 10,
    };
  } finally {
    sampler.stop();
    for (const p of phones) p.close();
    for (const s of sockets) s.terminate();
    await stop(hub.child);
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The same phones and schedule against the bare ws server. */
async function benchReference(participants: number, kind: BenchKind) {
  const { child, port } = await spawnReference();
  const stats = newRunStats();
  const phones = Array.from({ length: participants }, (_, i) => new BenchPhone(i, stats));
  const target: Target = {
    url: `ws://127.0.0.1:${port}`,
    origin: `http://127.0.0.1:${port}`,
    code: null,
    activityId: 'bench:activity',
  };
  let screen: WebSocket | null = null;
  try {
    screen = await watcher(target.url, target.origin, { role: 'screen' }, () => undefined);
    await joinAll(phones, target);
    stats.bytesToParticipants = 0;
    const run = burst(phones, kind, () => target, stats);
    await waitFor(run.done, WINDOW_MS + 30_000, 'every reference ack').catch(() => undefined);
    progress(`reference over: ${stats.acked} acked`);
    return {
      reference_ack_p99_ms: percentile(stats.ackTimes, 99),
      reference_bytes_to_participants: stats.bytesToParticipants,
    };
  } finally {
    for (const p of phones) p.close();
    screen?.terminate();
    await stop(child as ChildProcess);
  }
}

async function main() {
  const { participants, kind, kill } = args();
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
  const hub = await benchHub(participants, kind, kill);
  const reference = await benchReference(participants, kind);
  console.log(JSON.stringify({ ...hub, ...reference }));
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
