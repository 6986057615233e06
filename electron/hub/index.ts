import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import {
  englishRefusal,
  MAX_FACILITATOR_FRAME_BYTES,
  MAX_FRAME_BYTES,
  RefusedError,
  type Refusal,
} from '../../shared/protocol';
import { Hub, type HubCoreOptions, type HubLog } from './hub';
import { ConnectionLimiter, DEFAULT_CONNECTION_LIMITS, type ConnectionLimitOptions } from './connectionLimit';
import { createStaticSite } from './http';
import { ConsoleTickets, serveConsoleAccess } from './consoleTickets';
import { isLoopbackAddress, listInterfaces } from './interfaces';
import { classifyOrigin, isOwnHost } from './origin';

export { listInterfaces, defaultLanAddress, type LanInterface } from './interfaces';

export interface HubOptions {
  /** 0 = any free port. Loopback and the LAN address share it. */
  port: number;
  /** LAN address phones use; null/undefined = this machine only (loopback). */
  host?: string | null;
  /** Where session journals live. */
  dataDir: string;
  /** out/renderer (console/, projector/, phone/, assets/). */
  rendererDir: string;
  /** Browser mode: serve the console at `/` (loopback only). */
  serveConsole: boolean;
  /** The facilitator's secret; made up when not given. */
  facilitatorToken?: string;
}

/** Knobs for tests and the benchmark; the app never sets them. */
export type HubInternals = Partial<
  Pick<
    HubCoreOptions,
    'openFile' | 'rateLimit' | 'heartbeatMs' | 'helloTimeoutMs' | 'tickMs' | 'participantTickMs'
  >
> & {
  log?: HubLog;
  connectionLimits?: ConnectionLimitOptions;
  /** Apply the per-address limit on loopback too (the console, projector and benchmark are exempt). */
  limitLoopback?: boolean;
  /** How long phones on a closing address get to leave for the new one (default 1.5 s). */
  moveGraceMs?: number;
  /**
   * Stand-ins for this computer's network addresses and for binding the phones' listener, so
   * tests can run a "LAN" listener on 127.0.0.1 (another port) and never touch a real network.
   */
  lan?: {
    addresses: () => string[];
    listen: (server: Server, port: number, address: string) => Promise<void>;
  };
};

export interface RunningHub {
  port: number;
  /** http://127.0.0.1:port */
  localUrl: string;
  facilitatorToken: string;
  /** Browser mode: a one-time console link carrying a ticket, never the key itself. */
  consoleLink(): string;
  /** Moves the phones' listener to another address (null: loopback only). Loopback clients stay connected. */
  setLanHost(address: string | null): Promise<{ joinBase: string }>;
  /** http://<host>:<port>/j/<CODE> of the live session; null without one. */
  joinUrl(): string | null;
  close(): Promise<void>;
  /** The hub core, for tests and the benchmark. */
  readonly hub: Hub;
}

const consoleLog: HubLog = {
  info: (m) => console.log(`[hub] ${m}`),
  warn: (m) => console.warn(`[hub] ${m}`),
  error: (m) => console.error(`[hub] ${m}`),
};

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** One address the hub listens on, with the WebSockets it took (closeAllConnections leaves those open). */
interface Listener {
  id: number;
  server: Server;
  sockets: Set<Duplex>;
}

/** Stops listening and cuts whoever is still connected through it. */
function closeListener(listener: Listener): Promise<void> {
  const closed = closeServer(listener.server);
  for (const socket of listener.sockets) socket.destroy();
  return closed;
}

function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\n${reason}\n`,
  );
  socket.destroy();
}

/**
 * The hub could not listen; `code` is the system's (EADDRINUSE: the port is taken), the message is
 * for people, `refusal` for a console to word in its language.
 */
export class ListenError extends Error {
  readonly code: string | undefined;
  constructor(
    readonly refusal: Refusal,
    cause: NodeJS.ErrnoException,
  ) {
    super(englishRefusal(refusal), { cause });
    this.name = 'ListenError';
    this.code = cause.code;
  }
}

function listenError(error: NodeJS.ErrnoException, address: string, port: number): ListenError {
  if (error.code === 'EADDRINUSE')
    return new ListenError({ code: 'port-in-use', args: { address, port: String(port) } }, error);
  if (error.code === 'EADDRNOTAVAIL')
    return new ListenError({ code: 'address-gone', args: { address } }, error);
  return new ListenError(
    { code: 'cannot-listen', args: { address, port: String(port), detail: error.message } },
    error,
  );
}

/**
 * Starts the hub: HTTP (phone app, console/projector in browser mode, /healthz) and the live
 * protocol on /ws, always on 127.0.0.1 and, when a LAN address is chosen, on it too.
 */
export async function startHub(options: HubOptions, internals: HubInternals = {}): Promise<RunningHub> {
  const log = internals.log ?? consoleLog;
  const facilitatorToken = options.facilitatorToken ?? randomBytes(24).toString('base64url');
  await mkdir(options.dataDir, { recursive: true });

  let port = options.port;
  let lanHost: string | null = null;
  let lan: Listener | null = null;
  let listenerCount = 0;
  const joinBase = () => `http://${lanHost ?? '127.0.0.1'}:${port}`;

  const hub = new Hub({
    dataDir: options.dataDir,
    facilitatorToken,
    log,
    joinBase,
    network: () => ({
      host: lanHost,
      joinBase: joinBase(),
      interfaces: listInterfaces().map(({ name, address, isPrivate, isDefault }) => ({
        name,
        address,
        isPrivate,
        isDefault,
      })),
    }),
    setHost: (address) => setLanHost(address),
    ...internals,
  });
  await hub.restore();

  const site = createStaticSite({ rendererDir: options.rendererDir, serveConsole: options.serveConsole });
  const tickets = new ConsoleTickets();
  const consoleLink = () => `http://127.0.0.1:${port}/#ticket=${tickets.issue()}`;
  const consoleAccess = {
    tickets,
    facilitatorToken,
    used: () => log.info(`Console link for another browser: ${consoleLink()}`),
  };
  // Only this computer's sockets may send a whole agenda; the hub holds everyone but the
  // facilitator to the small limit once it knows who they are.
  const socketServer = (maxPayload: number) =>
    new WebSocketServer({ noServer: true, maxPayload, perMessageDeflate: false, clientTracking: false });
  const wssLoopback = socketServer(MAX_FACILITATOR_FRAME_BYTES);
  const wssLan = socketServer(MAX_FRAME_BYTES);

  const addresses = () => ({ port, lanHost });
  const limiter = new ConnectionLimiter(internals.connectionLimits ?? DEFAULT_CONNECTION_LIMITS);

  function makeListener(loopback: boolean): Listener {
    const id = listenerCount++;
    const sockets = new Set<Duplex>();
    const server = createServer((req, res) => {
      if (!isOwnHost(req.headers.host, addresses())) {
        res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('This address is not served here.');
        return;
      }
      const answered = options.serveConsole
        ? serveConsoleAccess(req, res, loopback, consoleAccess)
        : Promise.resolve(false);
      answered
        .then((done) => (done ? undefined : site(req, res, loopback)))
        .catch((error: unknown) => {
          log.error(`Serving ${req.url}: ${String(error)}`);
          if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
          res.end('Something went wrong.');
        });
    });
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      socket.on('error', () => socket.destroy());
      const path = (req.url ?? '').split('?')[0];
      if (path !== '/ws') return refuseUpgrade(socket, 404, 'Not Found');
      if (!isOwnHost(req.headers.host, addresses())) return refuseUpgrade(socket, 421, 'Misdirected Request');
      const origin = classifyOrigin(req.headers.origin, addresses());
      if (!origin) return refuseUpgrade(socket, 403, 'Forbidden origin');
      let release = () => {};
      if (!loopback || internals.limitLoopback) {
        const admission = limiter.admit(req.socket.remoteAddress ?? 'unknown');
        if (!admission.ok) return refuseUpgrade(socket, 429, admission.reason);
        release = admission.release;
      }
      sockets.add(socket);
      socket.once('close', () => {
        sockets.delete(socket);
        release();
      });
      (loopback ? wssLoopback : wssLan).handleUpgrade(req, socket, head, (ws) =>
        hub.connect(ws, {
          loopback,
          origin,
          listener: id,
          address: req.socket.remoteAddress ?? '',
          limited: !loopback || internals.limitLoopback === true,
        }),
      );
    });
    // Phones on a bad network leave half-open sockets: do not keep them forever.
    server.headersTimeout = 20_000;
    server.requestTimeout = 30_000;
    return { id, server, sockets };
  }

  const loopback = makeListener(true);
  const loopbackServer = loopback.server;
  await listen(loopbackServer, port, '127.0.0.1').catch(async (error: NodeJS.ErrnoException) => {
    await hub.close();
    throw listenError(error, '127.0.0.1', port);
  });
  port = (loopbackServer.address() as AddressInfo).port;

  const lanAddresses = internals.lan?.addresses ?? (() => listInterfaces().map((i) => i.address));
  const listenLan = internals.lan?.listen ?? listen;

  async function switchLanHost(address: string | null): Promise<{ joinBase: string }> {
    const wanted = address === null || isLoopbackAddress(address) ? null : address;
    if (wanted !== null && !lanAddresses().includes(wanted)) {
      throw new RefusedError({ code: 'not-an-address', args: { address: wanted } });
    }
    if (wanted !== lanHost || (wanted && !lan)) {
      let next: Listener | null = null;
      if (wanted) {
        next = makeListener(false);
        await listenLan(next.server, port, wanted).catch((error: NodeJS.ErrnoException) => {
          throw listenError(error, wanted, port);
        });
      }
      const previous = lan;
      lan = next;
      lanHost = wanted;
      log.info(wanted ? `Phones join at ${joinBase()}` : 'Phones can join only from this computer now.');
      hub.networkChanged();
      if (previous) {
        // Phones that came in through the old address follow the room to the new one (same
        // participant, resumed); loopback clients are untouched. Then the old address closes.
        const told = await hub.moveParticipants(
          previous.id,
          wanted ? joinBase() : null,
          internals.moveGraceMs ?? 1500,
        );
        if (told) log.info(`Sent ${told} phone${told === 1 ? '' : 's'} on to ${joinBase()}.`);
        await closeListener(previous);
      }
    }
    return { joinBase: joinBase() };
  }

  // One switch at a time: a second one waits until the first has sent its phones on.
  let switching: Promise<unknown> = Promise.resolve();
  function setLanHost(address: string | null): Promise<{ joinBase: string }> {
    const run = switching.then(() => switchLanHost(address));
    switching = run.catch(() => undefined);
    return run;
  }

  if (options.host) {
    try {
      await setLanHost(options.host);
    } catch (error) {
      await hub.close();
      await closeServer(loopbackServer);
      throw error;
    }
  }

  let closed: Promise<void> | null = null;
  return {
    port,
    localUrl: `http://127.0.0.1:${port}`,
    facilitatorToken,
    consoleLink,
    setLanHost,
    joinUrl: () => {
      const session = hub.session;
      return session && !session.ended ? `${joinBase()}/j/${session.code}` : null;
    },
    close: () =>
      (closed ??= (async () => {
        await hub.close();
        await Promise.all([closeServer(loopbackServer), lan ? closeServer(lan.server) : Promise.resolve()]);
      })()),
    hub,
  };
}
