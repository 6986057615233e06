/** Where the hub is reachable: always loopback, plus the LAN address phones use (if any). */
export interface HubAddresses {
  port: number;
  lanHost: string | null;
}

/**
 * The origin of the desktop app's console and projector: Electron serves them from this privileged
 * scheme (electron/main/appProtocol.ts), never from file://.
 */
export const DESKTOP_PAGE_ORIGIN = 'app://outside-in';

/**
 * - own: a page the hub served itself (loopback or the LAN address, same port).
 * - desktop: the Electron console/projector (DESKTOP_PAGE_ORIGIN): only with the facilitator token.
 */
export type OriginKind = 'own' | 'desktop';

function ownHosts({ port, lanHost }: HubAddresses): string[] {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (lanHost) hosts.push(`${lanHost}:${port}`);
  return hosts;
}

/**
 * Which kind of page opened this WebSocket; null for anyone else's page (refused at the upgrade).
 * Pages from disk ('file://', or the opaque 'null') are refused: any local file could claim to be us.
 */
export function classifyOrigin(origin: string | undefined, addresses: HubAddresses): OriginKind | null {
  if (origin === undefined) return null;
  if (origin === DESKTOP_PAGE_ORIGIN) return 'desktop';
  return ownHosts(addresses).some((host) => origin.toLowerCase() === `http://${host}`) ? 'own' : null;
}

/** Requests must name one of our addresses: a page on another site that rebinds its DNS to us is refused. */
export function isOwnHost(host: string | undefined, addresses: HubAddresses): boolean {
  return host !== undefined && ownHosts(addresses).includes(host.toLowerCase());
}
