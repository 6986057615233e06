// Content-Security-Policy for our pages. The renderer HTML carries the same policy in a meta
// tag (browser mode serves it as is); this header version adds the exact hub origins and is sent
// with every page: the app scheme's handler puts it on the built pages (appPages.ts), webRequest
// on the dev server's (security.ts). csp.test.ts keeps the two in step.

export interface CspOrigins {
  /** Port the hub listens on. */
  hubPort?: number;
  /** LAN address phones join on, when the facilitator picked one. */
  lanAddress?: string | null;
  /** Vite dev server (hot reload talks to it over ws). */
  devServerUrl?: string;
}

export type CspDirectives = ReadonlyMap<string, readonly string[]>;

/** The directives every page gets, connect-src aside. Mirrors renderer/*\/index.html. */
export const BASE_DIRECTIVES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['font-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
];

/** Directives browsers ignore in a meta tag, so only the header carries them. */
export const HEADER_ONLY_DIRECTIVES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['frame-ancestors', ["'none'"]],
];

function hostForUrl(address: string): string {
  return address.includes(':') ? `[${address}]` : address;
}

/** connect-src: ourselves, the hub over http and ws on loopback and the chosen LAN address. */
export function connectSources(origins: CspOrigins): string[] {
  const sources = ["'self'"];
  if (origins.hubPort !== undefined) {
    const hosts = ['127.0.0.1'];
    if (origins.lanAddress && origins.lanAddress !== '127.0.0.1') hosts.push(origins.lanAddress);
    for (const host of hosts) {
      sources.push(
        `http://${hostForUrl(host)}:${origins.hubPort}`,
        `ws://${hostForUrl(host)}:${origins.hubPort}`,
      );
    }
  }
  if (origins.devServerUrl) {
    const dev = new URL(origins.devServerUrl);
    sources.push(dev.origin, `${dev.protocol === 'https:' ? 'wss:' : 'ws:'}//${dev.host}`);
  }
  return sources;
}

export function contentSecurityPolicy(origins: CspOrigins): string {
  const directives: (readonly [string, readonly string[]])[] = [
    ...BASE_DIRECTIVES,
    ...HEADER_ONLY_DIRECTIVES,
  ];
  // Same order as the meta tag: connect-src right after font-src.
  const afterFonts = directives.findIndex(([name]) => name === 'font-src') + 1;
  directives.splice(afterFonts, 0, ['connect-src', connectSources(origins)]);
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

export function parseCsp(policy: string): CspDirectives {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Response headers with our policy in place of any the server sent. */
export function withContentSecurityPolicy(
  headers: Record<string, string[]> | undefined,
  policy: string,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}
