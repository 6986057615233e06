import { resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DESKTOP_PAGE_ORIGIN } from '../hub/origin';
import {
  answerAppRequest,
  APP_HOST,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  appResponseHeaders,
  appUrl,
} from './appProtocol';

const rendererDir = resolve('/opt/Outside-In/resources/app.asar/out/renderer');
const get = (url: string) => answerAppRequest('GET', url, rendererDir);

describe('the app scheme', () => {
  it('is the origin the hub admits desktop pages from', () => {
    expect(`${APP_SCHEME}://${APP_HOST}`).toBe(DESKTOP_PAGE_ORIGIN);
    expect(appUrl('console/index.html')).toBe('app://outside-in/console/index.html');
  });

  it('is a standard, secure scheme with fetch, that keeps the pages’ Content-Security-Policy', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(APP_SCHEME_PRIVILEGES.bypassCSP).toBe(false);
    expect(APP_SCHEME_PRIVILEGES.allowServiceWorkers).toBe(false);
  });
});

describe('answerAppRequest', () => {
  it('serves the console and projector pages from the renderer folder as HTML documents', () => {
    expect(get('app://outside-in/console/index.html')).toEqual({
      status: 200,
      path: resolve(rendererDir, 'console', 'index.html'),
      contentType: 'text/html; charset=utf-8',
      isDocument: true,
    });
    expect(get('app://outside-in/projector/index.html#/live?x=1')).toMatchObject({
      status: 200,
      path: resolve(rendererDir, 'projector', 'index.html'),
    });
  });

  it('serves the bundle’s scripts and styles with their types', () => {
    expect(get('app://outside-in/assets/console-BUeNBzYh.js')).toMatchObject({
      status: 200,
      path: resolve(rendererDir, 'assets', 'console-BUeNBzYh.js'),
      contentType: 'text/javascript; charset=utf-8',
      isDocument: false,
    });
    expect(get('app://outside-in/assets/console-BFQhZl09.css')).toMatchObject({
      status: 200,
      contentType: 'text/css; charset=utf-8',
    });
  });

  it.each([
    ['a climb out of the folder', 'app://outside-in/../../../etc/passwd'],
    ['a climb out from inside a page folder', 'app://outside-in/console/../../../../etc/passwd'],
    ['an encoded climb', 'app://outside-in/%2e%2e/%2e%2e/etc/passwd'],
    ['an encoded climb with encoded slashes', 'app://outside-in/assets/..%2f..%2f..%2fetc%2fpasswd.js'],
    ['an encoded backslash climb', 'app://outside-in/assets/..%5c..%5cmain%5cindex.js'],
    ['an absolute path', 'app://outside-in//etc/passwd'],
    ['an encoded absolute path', 'app://outside-in/%2fetc%2fpasswd'],
    ['a Windows drive', 'app://outside-in/assets/C:%5cWindows%5cwin.ini'],
    ['a NUL byte', 'app://outside-in/assets/a.js%00.html'],
    ['malformed encoding', 'app://outside-in/assets/%E0%A4%A.js'],
    ['another host', 'app://evil/console/index.html'],
    ['a look-alike host', 'app://outside-in.evil/console/index.html'],
    ['a port', 'app://outside-in:8080/console/index.html'],
    ['credentials', 'app://user:pw@outside-in/console/index.html'],
    ['another scheme', 'file:///opt/Outside-In/resources/app.asar/out/renderer/console/index.html'],
    ['the phone page (the hub serves it)', 'app://outside-in/phone/index.html'],
    ['the main process bundle', 'app://outside-in/main/index.js'],
    ['the folder itself', 'app://outside-in/'],
    ['a page folder without its file', 'app://outside-in/console/'],
    ['another file in a page folder', 'app://outside-in/console/secret.js'],
    ['a file of an unknown kind', 'app://outside-in/assets/tool.exe'],
    ['a nested asset', 'app://outside-in/assets/deep/x.js'],
    ['not a URL', 'not a url'],
  ])('answers 404 to %s', (_what, url) => {
    expect(get(url)).toEqual({ status: 404, message: 'Not found' });
  });

  it('never names a file outside the renderer folder, whatever the URL', () => {
    const climbs = ['..', '%2e%2e', '.%2e', '%2E%2E', '..%2f', '..%5c', '%2f', '%5c'];
    for (const a of climbs) {
      for (const b of climbs) {
        for (const url of [`app://outside-in/${a}/${b}/etc/passwd`, `app://outside-in/assets/${a}${b}x.js`]) {
          const answer = get(url);
          if (answer.status === 200) expect(answer.path.startsWith(rendererDir + sep), url).toBe(true);
        }
      }
    }
  });

  it('only reads: anything but GET and HEAD is refused', () => {
    expect(answerAppRequest('HEAD', 'app://outside-in/console/index.html', rendererDir).status).toBe(200);
    for (const method of ['POST', 'PUT', 'DELETE']) {
      expect(answerAppRequest(method, 'app://outside-in/console/index.html', rendererDir).status).toBe(405);
    }
  });
});

describe('appResponseHeaders', () => {
  it('puts the Content-Security-Policy on documents, and forbids sniffing on everything', () => {
    const page = get('app://outside-in/console/index.html');
    const script = get('app://outside-in/assets/console.js');
    if (page.status !== 200 || script.status !== 200) throw new Error('expected both to be served');
    expect(appResponseHeaders(page, "default-src 'self'")).toEqual({
      'Content-Type': 'text/html; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'self'",
    });
    expect(appResponseHeaders(script, "default-src 'self'")).toEqual({
      'Content-Type': 'text/javascript; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
    });
  });
});
