import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { PHONE_SIZE, waitFor, type PhoneEngine } from './phone';

const WINDOW_SCRIPT = fileURLToPath(new URL('./webkit-phone.py', import.meta.url));
const MISSING = 'Run `npm run deps:system` (Debian: webkit2gtk-driver xvfb gir1.2-webkit2-4.1 python3-gi).';

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Why WebKit cannot run here, in words that say what to install; null when it can. */
export function webkitMissing(): string | null {
  if (!onPath('WebKitWebDriver')) return `WebKitWebDriver is not installed. ${MISSING}`;
  if (!onPath('xvfb-run')) return `xvfb-run is not installed. ${MISSING}`;
  if (!existsSync('/usr/bin/python3')) return `/usr/bin/python3 is not installed. ${MISSING}`;
  const gi = spawnSync(
    '/usr/bin/python3',
    ['-c', "import gi; gi.require_version('WebKit2', '4.1'); from gi.repository import WebKit2"],
    { stdio: 'pipe' },
  );
  if (gi.status !== 0) return `Python cannot load WebKit2 4.1 through PyGObject. ${MISSING}`;
  return null;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface WebDriverReply {
  value: unknown;
}

/** WebKit (the engine of every iPhone browser) in a bare WebKitGTK window, over W3C WebDriver. */
export class WebKitPhone implements PhoneEngine {
  readonly name = 'WebKit';
  private constructor(
    private readonly driver: ChildProcess,
    private readonly base: string,
    private readonly session: string,
  ) {}

  static async launch(): Promise<WebKitPhone> {
    const missing = webkitMissing();
    if (missing) throw new Error(missing);
    const port = await freePort();
    // Own process group: closing kills xvfb-run, Xvfb, the driver and the browser together.
    const driver = spawn(
      'xvfb-run',
      ['-a', '-s', '-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${port}`, '--host=127.0.0.1'],
      { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    driver.stderr?.on('data', (chunk) => (stderr = (stderr + String(chunk)).slice(-4000)));
    const base = `http://127.0.0.1:${port}`;
    try {
      await waitFor(
        'WebKitWebDriver to listen',
        async () => {
          if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited: ${stderr}`);
          const res = await fetch(`${base}/status`);
          return res.ok;
        },
        20_000,
      );
      const created = (await request(base, 'POST', '/session', {
        capabilities: {
          alwaysMatch: {
            'webkitgtk:browserOptions': {
              binary: '/usr/bin/python3',
              args: [WINDOW_SCRIPT, String(PHONE_SIZE.width), String(PHONE_SIZE.height)],
            },
          },
        },
      })) as { sessionId: string };
      const phone = new WebKitPhone(driver, base, created.sessionId);
      await phone.call('POST', '/window/rect', { width: PHONE_SIZE.width, height: PHONE_SIZE.height });
      return phone;
    } catch (error) {
      killGroup(driver);
      throw new Error(
        `WebKit did not start: ${error instanceof Error ? error.message : String(error)}\n${stderr}`,
        { cause: error },
      );
    }
  }

  private call(method: string, path: string, body?: unknown): Promise<unknown> {
    return request(this.base, method, `/session/${this.session}${path}`, body);
  }

  async open(url: string): Promise<void> {
    await this.call('POST', '/url', { url });
  }

  async reload(): Promise<void> {
    await this.call('POST', '/refresh', {});
  }

  async run<T>(body: string, arg?: unknown): Promise<T> {
    return (await this.call('POST', '/execute/sync', { script: body, args: [arg ?? null] })) as T;
  }

  private async element(css: string): Promise<string> {
    const found = (await this.call('POST', '/element', { using: 'css selector', value: css })) as Record<
      string,
      string
    >;
    return Object.values(found)[0]!;
  }

  async click(css: string): Promise<void> {
    await this.call('POST', `/element/${await this.element(css)}/click`, {});
  }

  async type(css: string, text: string): Promise<void> {
    await this.call('POST', `/element/${await this.element(css)}/value`, { text });
  }

  async close(): Promise<void> {
    await this.call('DELETE', '').catch(() => undefined);
    killGroup(this.driver);
  }
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

async function request(base: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const reply = (await res.json()) as WebDriverReply;
  if (!res.ok) {
    const error = reply.value as { error?: string; message?: string };
    throw new Error(`WebDriver ${method} ${path}: ${error.error ?? res.status} ${error.message ?? ''}`);
  }
  return reply.value;
}
