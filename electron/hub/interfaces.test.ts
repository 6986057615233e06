import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { defaultLanAddress, isPrivateIPv4, listInterfaces } from './interfaces';

const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({
  address,
  netmask: '255.255.255.0',
  family: 'IPv4',
  mac: '00:00:00:00:00:00',
  internal,
  cidr: `${address}/24`,
});
const v6: NetworkInterfaceInfo = {
  address: 'fe80::1',
  netmask: 'ffff::',
  family: 'IPv6',
  mac: '00:00:00:00:00:00',
  internal: false,
  cidr: 'fe80::1/64',
  scopeid: 1,
};

describe('listInterfaces', () => {
  it('lists IPv4 addresses phones could reach and prefers the room Wi-Fi over virtual adapters', () => {
    const list = listInterfaces({
      lo: [v4('127.0.0.1', true)],
      docker0: [v4('172.17.0.1')],
      eth0: [v4('203.0.113.5'), v6],
      wlan0: [v4('192.168.1.23')],
    });
    expect(list.map((i) => i.address)).toEqual(['172.17.0.1', '203.0.113.5', '192.168.1.23']);
    expect(list.find((i) => i.isDefault)?.name).toBe('wlan0');
    expect(list.find((i) => i.name === 'docker0')).toMatchObject({ isPrivate: true, isVirtual: true });
  });

  it('falls back to whatever there is, or none', () => {
    expect(defaultLanAddress({ eth0: [v4('203.0.113.5')] })).toBe('203.0.113.5');
    expect(defaultLanAddress({ lo: [v4('127.0.0.1', true)] })).toBeNull();
  });

  it('knows the private ranges', () => {
    expect(['10.0.0.1', '172.16.0.1', '172.31.255.1', '192.168.0.1'].every(isPrivateIPv4)).toBe(true);
    expect(['172.32.0.1', '8.8.8.8', '169.254.1.1', '192.169.0.1', 'x'].some(isPrivateIPv4)).toBe(false);
  });
});
