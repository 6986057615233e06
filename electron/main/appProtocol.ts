// The desktop app's pages come from app://outside-in/, a privileged scheme served from the built
// renderer folder, instead of file:// (Electron's security guide, "avoid file://"): the pages get
// an origin of their own that the hub can tell apart, and no other file on disk is reachable.
// Pure (no electron import): index.ts registers the scheme and answers requests with these rules.
import { extname, relative, resolve, isAbsolute } from 'node:path';
import { DESKTOP_PAGE_ORIGIN } from '../hub/origin';

/** The pages the desktop app opens in its windows. */
export const PAGES = ['console', 'projector'] as const;
export type PageName = (typeof PAGES)[number];

const desktopOrigin = new URL(DESKTOP_PAGE_ORIGIN);
/** 'app' */
export const APP_SCHEME = desktopOrigin.protocol.slice(0, -1);
/** 'outside-in' */
export const APP_HOST = desktopOrigin.host;

/** The part of Electron's CustomScheme privileges we set; index.ts hands it to Electron, which checks the shape. */
export interface AppSchemePrivileges {
  standard: boolean;
  secure: boolean;
  supportFetchAPI: boolean;
  bypassCSP: boolean;
  corsEnabled: boolean;
  allowServiceWorkers: boolean;
  stream: boolean;
}

/**
 * standard: real origins and relative URLs, like http; secure: counts as a secure context;
 * fetch allowed. Never bypassCSP: our pages keep their Content-Security-Policy.
 */
export const APP_SCHEME_PRIVILEGES: AppSchemePrivileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  bypassCSP: false,
  corsEnabled: false,
  allowServiceWorkers: false,
  stream: false,
};

/** The kinds of file the built console and projector are made of; anything else is not served. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** The URL of one of our built files, e.g. app://outside-in/console/index.html. */
export function appUrl(path: string): string {
  return `${DESKTOP_PAGE_ORIGIN}/${path}`;
}

export type AppAnswer =
  | { status: 200; path: string; contentType: string; isDocument: boolean }
  | { status: 404 | 405; message: string };

const notFound: AppAnswer = { status: 404, message: 'Not found' };

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Path segments, decoded, or null when one could climb out or name another drive. */
function safeSegments(pathname: string): string[] | null {
  const segments: string[] = [];
  for (const raw of pathname.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    // Empty (//etc), dot segments, and anything that is a separator or a drive once decoded.
    if (segment === '' || segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

/** Only the pages themselves and the bundle's assets: not the phone page, not anything beside them. */
function isServed(segments: readonly string[]): boolean {
  const [folder, file, ...rest] = segments;
  if (rest.length > 0 || !folder || !file) return false;
  if (folder === 'assets') return true;
  return (PAGES as readonly string[]).includes(folder) && file === 'index.html';
}

/**
 * What to answer for a request on the app scheme: the file under `rendererDir` to send, or 404
 * for anything that is not one of our built files (another host, a climb out of the folder,
 * an absolute or encoded path), 405 for anything but reading.
 */
export function answerAppRequest(method: string, url: string, rendererDir: string): AppAnswer {
  if (method !== 'GET' && method !== 'HEAD') return { status: 405, message: 'Method not allowed' };
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return notFound;
  if (parsed.username || parsed.password) return notFound;
  const segments = safeSegments(parsed.pathname);
  if (!segments || !isServed(segments)) return notFound;
  const contentType = CONTENT_TYPES[extname(segments[segments.length - 1] ?? '').toLowerCase()];
  if (!contentType) return notFound;
  const root = resolve(rendererDir);
  const path = resolve(root, ...segments);
  // Belt and braces: whatever the checks above missed, nothing outside the folder is read.
  const inside = relative(root, path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return notFound;
  return { status: 200, path, contentType, isDocument: contentType.startsWith('text/html') };
}

/** Headers for a file we serve: its type, no sniffing, and our policy on documents. */
export function appResponseHeaders(
  answer: Extract<AppAnswer, { status: 200 }>,
  contentSecurityPolicy: string,
): Record<string, string> {
  return {
    'Content-Type': answer.contentType,
    'X-Content-Type-Options': 'nosniff',
    ...(answer.isDocument ? { 'Content-Security-Policy': contentSecurityPolicy } : {}),
  };
}
