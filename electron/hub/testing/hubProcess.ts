// A hub in its own process, for the kill-and-replay test and the benchmark:
//   node --import tsx electron/hub/testing/hubProcess.ts <dataDir> <token>
// Prints one JSON line {"port": N} once it listens.
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startHub } from '../index';

const [dataDir, token] = process.argv.slice(2);
if (!dataDir || !token) {
  console.error('Usage: hubProcess.ts <dataDir> <token>');
  process.exit(2);
}
const running = await startHub(
  {
    port: 0,
    dataDir,
    rendererDir: join(dataDir, 'no-renderer'),
    serveConsole: false,
    facilitatorToken: token,
  },
  {
    log: {
      info: (m) => console.error(`info: ${m}`),
      warn: (m) => console.error(`warn: ${m}`),
      error: (m) => console.error(`error: ${m}`),
    },
    heartbeatMs: 60_000,
  },
);
process.stdout.write(JSON.stringify({ port: running.port, pid: process.pid }) + '\n');
process.on('SIGTERM', () => void running.close().then(() => process.exit(0)));
// The benchmark samples memory and event-loop delay (how long a ready message waits to be handled).
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
let cpuSince = process.cpuUsage();
loopDelay.enable();
process.on('message', (message) => {
  if (message === 'reset') {
    loopDelay.reset();
    cpuSince = process.cpuUsage();
    running.hub.resetStats();
  }
  // 'rss:<n>' asks for one sample and gets it back with that id.
  if (message === 'rss' || (typeof message === 'string' && message.startsWith('rss:'))) {
    const stats = running.hub.stats();
    process.send?.({
      ...(message === 'rss' ? {} : { id: message }),
      rss: process.memoryUsage.rss(),
      loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
      loopDelayMaxMs: loopDelay.max / 1e6,
      batches: stats.journalBatches,
      cpuMs: (() => {
        const used = process.cpuUsage(cpuSince);
        return (used.user + used.system) / 1000;
      })(),
      slowestFlushMs: stats.slowestFlushMs,
      answers: stats.answers,
    });
  }
});
// The benchmark that started it is gone (killed): do not linger.
process.on('disconnect', () => process.exit(0));
