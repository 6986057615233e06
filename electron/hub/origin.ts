/** Where the hub is reachable: always loopback, plus the LAN address phones use (if any). */
export interface HubAddresses {
  port: number;
  lanHost: string | null;
}

/**
 * - own: a page the hub served itself (loopback or the LAN address, same port).
 * - file: the Electron console/projector loaded from disk ('file://' or 'null'): only with the facilitator token.
 */
export type OriginKind = 'own' | 'file';

function ownHosts({ port, lanHost }: HubAddresses): string[] {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (lanHost) hosts.push(`${lanHost}:${port}`);
  return hosts;
}

/** Which kind of page opened this WebSocket; null for anyone else's page (refused at the upgrade). */
export function classifyOrigin(origin: string | undefined, addresses: HubAddresses): OriginKind | null {
  if (origin === undefined) return null;
  if (origin === 'file://' || origin === 'null') return 'file';
  return ownHosts(addresses).some((host) => origin.toLowerCase() === `http://${host}`) ? 'own' : null;
}

/** Requests must name one of our addresses: a page on another site that rebinds its DNS to us is refused. */
export function isOwnHost(host: string | undefined, addresses: HubAddresses): boolean {
  return host !== undefined && ownHosts(addresses).includes(host.toLowerCase());
}
