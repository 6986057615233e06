import { describe, expect, it } from 'vitest';
import { classifyOrigin, DESKTOP_PAGE_ORIGIN, isOwnHost } from './origin';

describe('classifyOrigin', () => {
  const addresses = { port: 4873, lanHost: '192.168.1.23' };
  it("accepts only pages the hub served, and the desktop app's pages (token checked later)", () => {
    expect(classifyOrigin('http://127.0.0.1:4873', addresses)).toBe('own');
    expect(classifyOrigin('http://localhost:4873', addresses)).toBe('own');
    expect(classifyOrigin('http://192.168.1.23:4873', addresses)).toBe('own');
    expect(classifyOrigin('app://outside-in', addresses)).toBe('desktop');
    expect(DESKTOP_PAGE_ORIGIN).toBe('app://outside-in');
    expect(classifyOrigin('http://192.168.1.23:8080', addresses)).toBeNull();
    expect(classifyOrigin('https://127.0.0.1:4873', addresses)).toBeNull();
    expect(classifyOrigin('http://evil.example', addresses)).toBeNull();
    expect(classifyOrigin(undefined, addresses)).toBeNull();
    expect(classifyOrigin('http://192.168.1.23:4873', { port: 4873, lanHost: null })).toBeNull();
  });

  it('refuses pages from disk and look-alikes of the desktop origin', () => {
    for (const origin of [
      'file://',
      'null',
      'app://outside-in.evil',
      'app://evil',
      'APP://OUTSIDE-IN',
      'app://outside-in:80',
      'https://outside-in',
    ]) {
      expect(classifyOrigin(origin, addresses), origin).toBeNull();
    }
  });

  it('checks the Host header the same way', () => {
    expect(isOwnHost('127.0.0.1:4873', addresses)).toBe(true);
    expect(isOwnHost('192.168.1.23:4873', addresses)).toBe(true);
    expect(isOwnHost('rebound.example:4873', addresses)).toBe(false);
    expect(isOwnHost(undefined, addresses)).toBe(false);
  });
});
