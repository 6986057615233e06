import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  connectSources,
  contentSecurityPolicy,
  HEADER_ONLY_DIRECTIVES,
  parseCsp,
  withContentSecurityPolicy,
} from './csp';

function metaPolicy(page: string): string {
  const html = readFileSync(resolve(import.meta.dirname, `../../renderer/${page}/index.html`), 'utf8');
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!match?.[1]) throw new Error(`renderer/${page}/index.html has no Content-Security-Policy meta tag`);
  return match[1];
}

/** Does a CSP source expression from the meta tag cover this exact origin? (enough for our sources) */
function covers(source: string, origin: string): boolean {
  if (source === origin) return true;
  if (/^[a-z]+:$/.test(source)) return origin.startsWith(source);
  if (source.endsWith(':*')) return origin.startsWith(source.slice(0, -1));
  return false;
}

describe('Content-Security-Policy', () => {
  const header = parseCsp(contentSecurityPolicy({ hubPort: 4870, lanAddress: '192.168.1.20' }));

  it.each(['console', 'projector'])('matches the meta tag in renderer/%s/index.html', (page) => {
    const meta = parseCsp(metaPolicy(page));
    const headerOnly = HEADER_ONLY_DIRECTIVES.map(([name]) => name);
    expect([...header.keys()].sort()).toEqual([...meta.keys(), ...headerOnly].sort());
    for (const [directive, sources] of meta) {
      if (directive === 'connect-src') continue;
      expect(header.get(directive), directive).toEqual(sources);
    }
    // The header may only narrow connect-src; loopback hub traffic must pass both policies.
    const metaConnect = meta.get('connect-src') ?? [];
    for (const origin of ['http://127.0.0.1:4870', 'ws://127.0.0.1:4870']) {
      expect(header.get('connect-src')).toContain(origin);
      expect(
        metaConnect.some((source) => covers(source, origin)),
        origin,
      ).toBe(true);
    }
  });

  it('runs no inline or eval script and embeds no plugins', () => {
    expect(header.get('script-src')).toEqual(["'self'"]);
    expect(header.get('object-src')).toEqual(["'none'"]);
    expect(header.get('base-uri')).toEqual(["'none'"]);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect([...header.values()].flat()).not.toContain("'unsafe-eval'");
    expect([...header.values()].flat()).not.toContain("'wasm-unsafe-eval'");
  });

  it('lets pages reach the hub on loopback and on the chosen LAN address, and nowhere else', () => {
    expect(connectSources({ hubPort: 4870, lanAddress: '10.0.0.7' })).toEqual([
      "'self'",
      'http://127.0.0.1:4870',
      'ws://127.0.0.1:4870',
      'http://10.0.0.7:4870',
      'ws://10.0.0.7:4870',
    ]);
    expect(connectSources({ hubPort: 5000, lanAddress: null })).toEqual([
      "'self'",
      'http://127.0.0.1:5000',
      'ws://127.0.0.1:5000',
    ]);
    expect(connectSources({})).toEqual(["'self'"]);
  });

  it('adds the dev server (hot reload over ws) only when one is given', () => {
    expect(connectSources({ hubPort: 4870, devServerUrl: 'http://localhost:5173' })).toEqual(
      expect.arrayContaining(['http://localhost:5173', 'ws://localhost:5173']),
    );
    expect(contentSecurityPolicy({ hubPort: 4870 })).not.toContain('localhost');
  });

  it('replaces whatever policy a server sent, whatever its header case', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
      "default-src 'self'",
    );
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': ["default-src 'self'"],
    });
    expect(withContentSecurityPolicy(undefined, "default-src 'none'")).toEqual({
      'Content-Security-Policy': ["default-src 'none'"],
    });
  });
});
