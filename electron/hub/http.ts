import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Same policy as the renderer pages' meta tags, sent as a header too (headers also cover assets). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self' ws: http://127.0.0.1:*; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'";

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt']);

export interface StaticSiteOptions {
  /** out/renderer: console/, projector/, phone/ (index.html each) and assets/. */
  rendererDir: string;
  /** Browser mode: the console at `/` (on this machine only). */
  serveConsole: boolean;
}

interface CachedFile {
  mtimeMs: number;
  size: number;
  body: Buffer;
  gzipped: Buffer | null;
}

/** Which page a path asks for; `null` for a 404. Pages for this machine only are marked. */
export function routeOf(
  pathname: string,
  loopback: boolean,
  serveConsole: boolean,
):
  | { page: 'phone' | 'console' | 'projector' }
  | { redirect: string }
  | { asset: string }
  | { health: true }
  | null {
  if (pathname === '/healthz') return { health: true };
  if (pathname.startsWith('/assets/')) return { asset: pathname.slice('/assets/'.length) };
  // Pages load their assets as ../assets/…: keep page URLs one level deep (no trailing slash).
  const join = /^\/j(?:\/([^/]*))?(\/)?$/.exec(pathname);
  if (join) {
    if (join[2] && join[1]) return { redirect: `/j/${join[1]}` };
    return { page: 'phone' };
  }
  if (pathname === '/projector' || pathname === '/projector/') {
    if (!loopback) return null;
    return pathname.endsWith('/') ? { redirect: '/projector' } : { page: 'projector' };
  }
  if (pathname === '/' || pathname === '/index.html') {
    // A phone that typed only the address gets the join page; the console never leaves this machine.
    return { page: loopback && serveConsole ? 'console' : 'phone' };
  }
  return null;
}

/** A file under `dir` for a URL path segment, or null if it tries to leave `dir`. */
export function safeJoin(dir: string, relative: string): string | null {
  if (relative.includes('\0') || relative.includes('\\')) return null;
  const root = resolve(dir);
  const full = resolve(root, normalize(relative));
  return full.startsWith(root + sep) ? full : null;
}

export function createStaticSite(options: StaticSiteOptions) {
  const cache = new Map<string, CachedFile>();

  async function load(path: string, compressible: boolean): Promise<CachedFile | null> {
    let info;
    try {
      info = await stat(path);
    } catch {
      return null;
    }
    if (!info.isFile()) return null;
    const cached = cache.get(path);
    if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached;
    const body = await readFile(path);
    const file = {
      mtimeMs: info.mtimeMs,
      size: info.size,
      body,
      gzipped: compressible && body.length > 1024 ? gzipSync(body) : null,
    };
    cache.set(path, file);
    return file;
  }

  function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}) {
    res.writeHead(status, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      ...extra,
    });
    res.end(text);
  }

  async function sendFile(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    cacheControl: string,
    missing: string,
    missingStatus = 404,
  ) {
    const ext = extname(path).toLowerCase();
    const file = await load(path, COMPRESSIBLE.has(ext));
    if (!file) {
      sendText(res, missingStatus, missing);
      return;
    }
    const gzip = file.gzipped && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? file.gzipped! : file.body;
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': String(body.length),
      'Cache-Control': cacheControl,
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  return async function serve(req: IncomingMessage, res: ServerResponse, loopback: boolean): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Only GET and HEAD are served here.', { Allow: 'GET, HEAD' });
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://hub.invalid').pathname);
    } catch {
      sendText(res, 400, 'That address is not valid.');
      return;
    }
    const route = routeOf(pathname, loopback, options.serveConsole);
    if (!route) {
      sendText(res, 404, 'Nothing here. To join a session, open the link shown on the projector.');
    } else if ('health' in route) {
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'application/json',
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : JSON.stringify({ ok: true }));
    } else if ('redirect' in route) {
      sendText(res, 301, `Moved to ${route.redirect}`, { Location: route.redirect });
    } else if ('asset' in route) {
      const path = safeJoin(join(options.rendererDir, 'assets'), route.asset);
      if (!path) sendText(res, 404, 'No such file.');
      // Asset names carry a content hash: a changed file gets a new name.
      else await sendFile(req, res, path, 'public, max-age=31536000, immutable', 'No such file.');
    } else {
      const path = join(options.rendererDir, route.page, 'index.html');
      await sendFile(
        req,
        res,
        path,
        'no-cache',
        'Outside-In is not built yet: run `npm run build`, then start it again.',
        503,
      );
    }
  };
}
