import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

export interface LanInterface {
  /** OS name of the adapter (en0, wlan0, Ethernet…). */
  name: string;
  address: string;
  /** In a private range (10/8, 172.16/12, 192.168/16): what a room's Wi-Fi hands out. */
  isPrivate: boolean;
  /** Looks like a virtual adapter (Docker, VM, VPN): phones are rarely on it. */
  isVirtual: boolean;
  /** The one the hub picks when the facilitator has not chosen. */
  isDefault: boolean;
}

const VIRTUAL_NAME = /^(docker|br-|veth|virbr|vboxnet|vmnet|vethernet|utun|tun|tap|zt|tailscale|wg|ham)/i;

export function isPrivateIPv4(address: string): boolean {
  const parts = address.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return false;
  const [a, b] = parts as [number, number, number, number];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/**
 * The machine's IPv4 network interfaces phones could reach (loopback left out), with the
 * default marked: the first private, non-virtual address, else the first private, else the first.
 */
export function listInterfaces(
  source: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): LanInterface[] {
  const found: Omit<LanInterface, 'isDefault'>[] = [];
  for (const [name, infos] of Object.entries(source)) {
    for (const info of infos ?? []) {
      // Node 18.0–18.3 reported family as a number.
      const ipv4 = info.family === 'IPv4' || (info.family as unknown) === 4;
      if (!ipv4 || info.internal) continue;
      found.push({
        name,
        address: info.address,
        isPrivate: isPrivateIPv4(info.address),
        isVirtual: VIRTUAL_NAME.test(name),
      });
    }
  }
  const preferred =
    found.find((i) => i.isPrivate && !i.isVirtual) ?? found.find((i) => i.isPrivate) ?? found[0] ?? null;
  return found.map((i) => ({ ...i, isDefault: i === preferred }));
}

/** The address phones should use when nobody chose one; null when the machine has no network. */
export function defaultLanAddress(source?: NodeJS.Dict<NetworkInterfaceInfo[]>): string | null {
  return listInterfaces(source).find((i) => i.isDefault)?.address ?? null;
}

/** Loopback addresses: the hub always listens on 127.0.0.1 anyway. */
export function isLoopbackAddress(address: string): boolean {
  return address === 'localhost' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address);
}
