// Keeps the one hub this app runs: starts it (on the usual port when free, on the LAN address the
// hub picks) and hands its address and token to the console.
// No electron import; index.ts passes the real startHub and defaultLanAddress from electron/hub.
import type { HubInfo } from '../../shared/ipc';

/** Phones learn the port from the QR code, but a fixed one keeps firewall rules stable. */
export const PREFERRED_HUB_PORT = 4870;

export interface HubStartOptions {
  port: number;
  host?: string;
  dataDir: string;
  rendererDir: string;
  serveConsole: boolean;
}

/** The slice of electron/hub's RunningHub main relies on. */
export interface RunningHubLike {
  port: number;
  localUrl: string;
  facilitatorToken: string;
  close(): Promise<void>;
}

export interface HubSessionOptions {
  startHub: (options: HubStartOptions) => Promise<RunningHubLike>;
  /** Where phones join when nobody chose yet (the hub's pick); null for loopback only. */
  defaultLanAddress?: () => string | null;
  dataDir: string;
  rendererDir: string;
  preferredPort?: number;
  warn?: (message: string) => void;
}

function portArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--port') return argv[i + 1];
    if (arg.startsWith('--port=')) return arg.slice('--port='.length);
  }
  return undefined;
}

/** `--port N` on the command line (as in browser mode), else OUTSIDE_IN_PORT, else the usual port. */
export function preferredPortFrom(argv: readonly string[], env: Record<string, string | undefined>): number {
  const raw = portArgument(argv) ?? env.OUTSIDE_IN_PORT;
  const port = Number(raw);
  return raw && Number.isInteger(port) && port >= 0 && port <= 65535 ? port : PREFERRED_HUB_PORT;
}

function isPortTaken(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  if ('code' in error && error.code === 'EADDRINUSE') return true;
  return 'cause' in error && isPortTaken(error.cause);
}

export class HubSession {
  private running: Promise<RunningHubLike> | null = null;
  private lanAddress: string | null = null;
  private port: number | undefined;

  constructor(private readonly options: HubSessionOptions) {}

  /** Starts the hub once; after a failed start the next call tries again. */
  start(): Promise<RunningHubLike> {
    if (!this.running) {
      this.running = this.startOnSomePort().catch((error: unknown) => {
        this.running = null;
        const detail = error instanceof Error ? error.message : String(error);
        throw new Error(`The session hub did not start (${detail}). Phones cannot join until it does.`, {
          cause: error,
        });
      });
    }
    return this.running;
  }

  private async startOnSomePort(): Promise<RunningHubLike> {
    let lan = this.lanAddress ?? this.options.defaultLanAddress?.() ?? null;
    let hub: RunningHubLike;
    try {
      hub = await this.startOnAddress(lan);
    } catch (error) {
      if (!lan) throw error;
      // The network went away between picking it and binding to it: start for this laptop
      // alone, so the console still works.
      const detail = error instanceof Error ? error.message : String(error);
      (this.options.warn ?? console.warn)(
        `Phones cannot join yet: the hub could not listen on ${lan} (${detail}).`,
      );
      lan = null;
      hub = await this.startOnAddress(null);
    }
    this.lanAddress = lan;
    this.port = hub.port;
    return hub;
  }

  private async startOnAddress(lan: string | null): Promise<RunningHubLike> {
    const base = {
      dataDir: this.options.dataDir,
      rendererDir: this.options.rendererDir,
      // Electron loads the console from its own files; only phones use the hub's pages.
      serveConsole: false,
      ...(lan ? { host: lan } : {}),
    };
    try {
      return await this.options.startHub({ ...base, port: this.options.preferredPort ?? PREFERRED_HUB_PORT });
    } catch (error) {
      // Another Outside-In (or anything else) holds the usual port: let the system pick one.
      if (!isPortTaken(error)) throw error;
      return this.options.startHub({ ...base, port: 0 });
    }
  }

  async info(): Promise<HubInfo> {
    const hub = await this.start();
    return { url: hub.localUrl, facilitatorToken: hub.facilitatorToken };
  }

  /** Hub origins our pages may connect to (for the Content-Security-Policy). */
  origins(): { hubPort?: number; lanAddress: string | null } {
    return { hubPort: this.port, lanAddress: this.lanAddress };
  }

  async close(): Promise<void> {
    const running = this.running;
    this.running = null;
    if (!running) return;
    const hub = await running.catch(() => null);
    await hub?.close();
  }
}
