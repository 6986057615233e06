import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TestClient } from '../hub/testing/client';
import { scalePollSpec, tempDir } from '../hub/testing/fixtures';
import { RestartPolicy, supervisedHub, type HubChild } from './hubSupervisor';
import type { RunningHubLike } from './hubSession';

describe('RestartPolicy', () => {
  it('waits longer after each crash, gives up past its waits, and forgives old crashes', () => {
    const policy = new RestartPolicy([100, 500], 10_000);
    expect(policy.crashed(0)).toBe(100);
    expect(policy.crashed(1000)).toBe(500);
    expect(policy.crashed(2000)).toBeNull();
    // Long after: counted from the start again.
    expect(policy.crashed(60_000)).toBe(100);
  });
});

const ENTRY = join(import.meta.dirname, '../hubProcess/entry.ts');
const children: ChildProcess[] = [];

/** The hub's process as a Node child running the real entry (Electron runs it as a utilityProcess). */
function nodeChild(): HubChild {
  const child = fork(ENTRY, [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  children.push(child);
  return {
    postMessage: (message) => {
      if (child.connected) child.send(message as object);
    },
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', (code) => listener(code)),
    kill: () => child.kill(),
  };
}

let running: RunningHubLike | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

describe('the hub in its own process', () => {
  it('comes back on the same port after a SIGKILL, with the session, the key and every acked answer', async () => {
    const states: string[] = [];
    const dataDir = await tempDir();
    const start = supervisedHub({ fork: nodeChild, restartDelaysMs: [100, 100], log: () => {} }, (s) =>
      states.push(s),
    );
    running = await start({ port: 0, dataDir, rendererDir: join(dataDir, 'none'), serveConsole: false });
    const url = `ws://127.0.0.1:${running.port}/ws`;

    const facilitator = await TestClient.connect(url);
    facilitator.hello({ role: 'facilitator', token: running.facilitatorToken });
    await facilitator.next('welcome');
    facilitator.send({
      type: 'control',
      control: { action: 'start-session', workshopId: 'w', workshopName: 'W', activities: [scalePollSpec()] },
    });
    const code = (await facilitator.next('state', (m) => m.session !== null)).session!.code;
    facilitator.send({ type: 'control', control: { action: 'open' } });
    await facilitator.next('state', (m) => m.session?.phase === 'open');
    const phone = await TestClient.connect(url);
    phone.hello({ role: 'participant', code });
    const you = (await phone.next('welcome')).you;
    phone.send({ type: 'answer', activityId: 'check:q', itemId: 'q1', clientAnswerId: 'a1', value: 4 });
    expect((await phone.next('ack')).status).toBe('recorded');

    const pid = children[0]!.pid!;
    process.kill(pid, 'SIGKILL');
    await facilitator.waitClosed();
    await expect.poll(() => states, { timeout: 15_000 }).toEqual(['running', 'restarting', 'running']);
    expect(children).toHaveLength(2);

    // Same address, same key, the same session with the answer in it.
    const back = await TestClient.connect(url);
    back.hello({ role: 'participant', code, participantId: you.participantId, secret: you.secret });
    expect((await back.next('welcome')).you.resumed).toBe(true);
    const mine = await back.next('your-answers');
    expect(mine.answers.map((a) => a.value)).toEqual([4]);
    const console2 = await TestClient.connect(url);
    console2.hello({ role: 'facilitator', token: running.facilitatorToken });
    expect((await console2.next('welcome')).snapshot.session?.code).toBe(code);
    back.close();
    console2.close();
  }, 60_000);

  it('stops starting a hub that keeps dying, and says so', async () => {
    const states: string[] = [];
    const lines: string[] = [];
    const dataDir = await tempDir();
    const start = supervisedHub({ fork: nodeChild, restartDelaysMs: [50], log: (m) => lines.push(m) }, (s) =>
      states.push(s),
    );
    running = await start({ port: 0, dataDir, rendererDir: join(dataDir, 'none'), serveConsole: false });
    process.kill(children[0]!.pid!, 'SIGKILL');
    await expect.poll(() => states, { timeout: 15_000 }).toEqual(['running', 'restarting', 'running']);
    process.kill(children[1]!.pid!, 'SIGKILL');
    await expect.poll(() => states.at(-1), { timeout: 15_000 }).toBe('stopped');
    expect(lines.at(-1)).toMatch(/keeps stopping; it was not started again/);
  }, 60_000);
});
