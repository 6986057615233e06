import { describe, expect, it } from 'vitest';
import { classifyOrigin, isOwnHost } from './origin';

describe('classifyOrigin', () => {
  const addresses = { port: 4873, lanHost: '192.168.1.23' };
  it('accepts only pages the hub served, and pages from disk (token checked later)', () => {
    expect(classifyOrigin('http://127.0.0.1:4873', addresses)).toBe('own');
    expect(classifyOrigin('http://localhost:4873', addresses)).toBe('own');
    expect(classifyOrigin('http://192.168.1.23:4873', addresses)).toBe('own');
    expect(classifyOrigin('file://', addresses)).toBe('file');
    expect(classifyOrigin('null', addresses)).toBe('file');
    expect(classifyOrigin('http://192.168.1.23:8080', addresses)).toBeNull();
    expect(classifyOrigin('https://127.0.0.1:4873', addresses)).toBeNull();
    expect(classifyOrigin('http://evil.example', addresses)).toBeNull();
    expect(classifyOrigin(undefined, addresses)).toBeNull();
    expect(classifyOrigin('http://192.168.1.23:4873', { port: 4873, lanHost: null })).toBeNull();
  });

  it('checks the Host header the same way', () => {
    expect(isOwnHost('127.0.0.1:4873', addresses)).toBe(true);
    expect(isOwnHost('192.168.1.23:4873', addresses)).toBe(true);
    expect(isOwnHost('rebound.example:4873', addresses)).toBe(false);
    expect(isOwnHost(undefined, addresses)).toBe(false);
  });
});
