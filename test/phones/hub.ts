import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ActivitySpecMessage } from '../../shared/protocol';
import { TestClient } from '../../electron/hub/testing/client';
import { waitFor } from './phone';

const SERVE = resolve('out/main/serve.js');
const TOKEN = 'phones-facilitator-token';

/**
 * The built browser-mode hub (what phones really load: out/renderer/phone) in its own process,
 * so a test can SIGKILL it and start it again on the same port and data folder.
 */
export class HubProcess {
  private child: ChildProcess | null = null;
  private output = '';
  private constructor(
    readonly port: number,
    readonly dataDir: string,
  ) {}

  static async start(port: number): Promise<HubProcess> {
    if (!existsSync(SERVE)) {
      throw new Error('The phone tests need the built app: run `npx electron-vite build` first.');
    }
    const hub = new HubProcess(port, await mkdtemp(join(tmpdir(), 'outside-in-phones-')));
    await hub.launch(true);
    return hub;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  private async launch(fresh: boolean): Promise<void> {
    const args = [SERVE, '--port', String(this.port), '--host', '127.0.0.1', '--data-dir', this.dataDir];
    const child = spawn(process.execPath, fresh ? [...args, '--fresh'] : args, {
      env: { ...process.env, OUTSIDE_IN_FACILITATOR_TOKEN: TOKEN },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const keep = (chunk: unknown) => (this.output = (this.output + String(chunk)).slice(-4000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    await waitFor(
      `the hub on port ${this.port}`,
      async () => {
        if (child.exitCode !== null) throw new Error(`the hub exited:\n${this.output}`);
        return (await fetch(`${this.origin}/healthz`)).ok;
      },
      20_000,
    );
  }

  /** Kills the hub without warning (no flush, no goodbye), as a crash or a pulled plug would. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGKILL');
    await exited;
  }

  /** Starts again on the same port and data folder: the hub replays its journal. */
  restart(): Promise<void> {
    return this.launch(false);
  }

  async facilitator(): Promise<TestClient> {
    const client = await TestClient.connect(`ws://127.0.0.1:${this.port}/ws`);
    client.hello({ role: 'facilitator', token: TOKEN });
    await client.next('welcome');
    return client;
  }

  /** Starts a session with these activities; returns the facilitator's connection and the join code. */
  async startSession(activities: ActivitySpecMessage[]): Promise<{ facilitator: TestClient; code: string }> {
    const facilitator = await this.facilitator();
    facilitator.send({
      type: 'control',
      control: { action: 'start-session', workshopId: 'phones', workshopName: 'Phone engines', activities },
    });
    const state = await facilitator.next('state', (m) => m.session !== null);
    return { facilitator, code: state.session!.code };
  }

  async stop(): Promise<void> {
    await this.kill();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}
