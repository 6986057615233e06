// Which URLs are our own pages, which may leave the app, and which are refused.
// Pure (no electron import) so vitest checks every rule in plain Node.
import { join } from 'node:path';
import { APP_HOST, APP_SCHEME, appUrl, PAGES, type PageName } from './appProtocol';

export { PAGES, type PageName };

export interface PageLocations {
  /** Folder holding the built renderer (out/renderer), served on the app scheme. */
  rendererDir: string;
  /** Vite dev server origin, only while running `electron-vite dev`. */
  devServerUrl?: string;
}

/** Protocols clicked links may hand to the operating system. */
export const EXTERNAL_PROTOCOLS: readonly string[] = ['https:', 'http:', 'mailto:'];
const MAX_EXTERNAL_URL_LENGTH = 2048;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The URL a window loads for one of our pages: the dev server while developing, else the app scheme. */
export function pageUrl(page: PageName, locations: PageLocations): string {
  if (locations.devServerUrl) {
    return new URL(`/${page}/index.html`, locations.devServerUrl).href;
  }
  return appUrl(`${page}/index.html`);
}

/**
 * Which of our pages `url` is (any hash or query), or null for anything else. Our pages are
 * exactly where pageUrl puts them: file:// never, the dev server only while developing.
 */
export function ourPageAt(url: string, locations: PageLocations): PageName | null {
  const parsed = parse(url);
  if (!parsed || parsed.username || parsed.password) return null;
  if (locations.devServerUrl) {
    const dev = parse(locations.devServerUrl);
    if (!dev || parsed.origin !== dev.origin) return null;
  } else if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) {
    return null;
  }
  return PAGES.find((page) => parsed.pathname === `/${page}/index.html`) ?? null;
}

export function isOurPage(url: string, locations: PageLocations): boolean {
  return ourPageAt(url, locations) !== null;
}

/**
 * The normalised URL to hand to shell.openExternal, or null when it must not leave the app:
 * only http(s) and mailto, no embedded credentials, no absurd lengths.
 */
export function externalUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url.length > MAX_EXTERNAL_URL_LENGTH) return null;
  const parsed = parse(url.trim());
  if (!parsed || !EXTERNAL_PROTOCOLS.includes(parsed.protocol)) return null;
  if (parsed.protocol !== 'mailto:' && (!parsed.hostname || parsed.username || parsed.password)) return null;
  return parsed.href;
}

export type NavigationDecision =
  { action: 'allow' } | { action: 'open-externally'; url: string } | { action: 'deny' };

/**
 * What to do when a page tries to navigate or open a window: our pages stay in the app,
 * web and mail links go to the system browser, everything else (javascript:, data:, other
 * files, …) is refused.
 */
export function decideNavigation(url: string, locations: PageLocations): NavigationDecision {
  if (isOurPage(url, locations)) return { action: 'allow' };
  const external = externalUrl(url);
  if (external) return { action: 'open-externally', url: external };
  return { action: 'deny' };
}

/** Where our pages live when running from a build (out/main/index.js → out/renderer). */
export function builtRendererDir(mainDir: string): string {
  return join(mainDir, '..', 'renderer');
}
