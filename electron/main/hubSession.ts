// Keeps the one hub this app runs: starts it (on the usual port when free), hands its address
// and token to the console, moves it to the LAN address the facilitator picks.
// No electron import; index.ts passes the real startHub/listInterfaces from electron/hub.
import type { HubInfo, HubNetworkInterface } from '../../shared/ipc';

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
  setLanHost(address: string | null): Promise<{ joinBase: string }>;
  close(): Promise<void>;
}

/** What electron/hub's listInterfaces reports (loopback already left out). */
export interface LanInterfaceLike {
  name: string;
  address: string;
  isPrivate: boolean;
  isVirtual: boolean;
  isDefault: boolean;
}

export interface HubSessionOptions {
  startHub: (options: HubStartOptions) => Promise<RunningHubLike>;
  listInterfaces: () => LanInterfaceLike[];
  dataDir: string;
  rendererDir: string;
  preferredPort?: number;
}

function isPortTaken(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EADDRINUSE';
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
    const base = {
      dataDir: this.options.dataDir,
      rendererDir: this.options.rendererDir,
      // Electron loads the console from its own files; only phones use the hub's pages.
      serveConsole: false,
      ...(this.lanAddress ? { host: this.lanAddress } : {}),
    };
    let hub: RunningHubLike;
    try {
      hub = await this.options.startHub({ ...base, port: this.options.preferredPort ?? PREFERRED_HUB_PORT });
    } catch (error) {
      // Another Outside-In (or anything else) holds the usual port: let the system pick one.
      if (!isPortTaken(error)) throw error;
      hub = await this.options.startHub({ ...base, port: 0 });
    }
    this.port = hub.port;
    return hub;
  }

  async info(): Promise<HubInfo> {
    const hub = await this.start();
    return { url: hub.localUrl, facilitatorToken: hub.facilitatorToken };
  }

  async interfaces(): Promise<HubNetworkInterface[]> {
    return this.options.listInterfaces().map(({ name, address, isPrivate, isVirtual, isDefault }) => ({
      name,
      address,
      internal: /^127\./.test(address),
      isPrivate,
      isVirtual,
      isDefault,
    }));
  }

  async setInterface(address: string): Promise<{ joinBase: string }> {
    const hub = await this.start();
    const result = await hub.setLanHost(address);
    this.lanAddress = address;
    return result;
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
