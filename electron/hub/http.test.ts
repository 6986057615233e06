import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, routeOf, safeJoin } from './http';
import { startHub, type RunningHub } from './index';
import { memoryLog, tempDir } from './testing/fixtures';

let running: RunningHub | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

async function builtRenderer(): Promise<string> {
  const dir = await tempDir('outside-in-renderer-');
  for (const page of ['console', 'projector', 'phone']) {
    await mkdir(join(dir, page));
    await writeFile(
      join(dir, page, 'index.html'),
      `<!doctype html><title>${page}</title><script src="../assets/${page}.js"></script>`,
    );
  }
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'assets', 'phone.js'), `console.log(${JSON.stringify('x'.repeat(5000))});`);
  await writeFile(join(dir, 'assets', 'style.css'), 'body{}');
  await writeFile(join(dir, 'secret.txt'), 'not for phones');
  return dir;
}

async function serve(serveConsole: boolean) {
  const rendererDir = await builtRenderer();
  running = await startHub(
    { port: 0, dataDir: await tempDir(), rendererDir, serveConsole, facilitatorToken: 't' },
    { log: memoryLog() },
  );
  return running.localUrl;
}

describe('routes', () => {
  it('keeps the console and projector on this machine', () => {
    expect(routeOf('/', true, true)).toEqual({ page: 'console' });
    expect(routeOf('/', false, true)).toEqual({ page: 'phone' });
    expect(routeOf('/', true, false)).toEqual({ page: 'phone' });
    expect(routeOf('/projector', true, false)).toEqual({ page: 'projector' });
    expect(routeOf('/projector', false, true)).toBeNull();
    expect(routeOf('/j/ABCDE', false, false)).toEqual({ page: 'phone' });
    expect(routeOf('/j/ABCDE/', false, false)).toEqual({ redirect: '/j/ABCDE' });
    expect(routeOf('/j/ABCDE/x', false, false)).toBeNull();
  });

  it('never resolves a file outside the folder', () => {
    expect(safeJoin('/srv/assets', 'a.js')).toBe('/srv/assets/a.js');
    expect(safeJoin('/srv/assets', '../secret.txt')).toBeNull();
    expect(safeJoin('/srv/assets', 'x/../../secret.txt')).toBeNull();
    expect(safeJoin('/srv/assets', '/etc/passwd')).toBeNull();
    expect(safeJoin('/srv/assets', 'a.js\0.png')).toBeNull();
    expect(safeJoin('/srv/assets', '..\\secret.txt')).toBeNull();
  });
});

describe('static site', () => {
  it('serves the phone page at the join link with security headers and no caching', async () => {
    const base = await serve(false);
    const res = await fetch(`${base}/j/ABCDE`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('<title>phone</title>');
    // Without the console, `/` on this machine is the join page too.
    expect(await (await fetch(`${base}/`)).text()).toContain('<title>phone</title>');
  });

  it('serves the console at / in browser mode, and the projector', async () => {
    const base = await serve(true);
    expect(await (await fetch(`${base}/`)).text()).toContain('<title>console</title>');
    expect(await (await fetch(`${base}/projector`)).text()).toContain('<title>projector</title>');
  });

  it('serves hashed assets for a year, gzipped when asked', async () => {
    const base = await serve(false);
    const res = await fetch(`${base}/assets/phone.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await res.text()).length).toBeGreaterThan(5000);
    const raw = await new Promise<Buffer>((resolve, reject) => {
      import('node:http').then(({ get }) =>
        get(`${base}/assets/phone.js`, { headers: { 'accept-encoding': 'gzip' } }, (r) => {
          expect(r.headers['content-encoding']).toBe('gzip');
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => resolve(Buffer.concat(chunks)));
        }).on('error', reject),
      );
    });
    expect(raw.length).toBeLessThan(500);
    expect(gunzipSync(raw).toString()).toContain('console.log');
    expect((await fetch(`${base}/assets/style.css`)).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
  });

  it('refuses paths that climb out of the assets folder, other methods and unknown pages', async () => {
    const base = await serve(true);
    const { request } = await import('node:http');
    const status = (path: string, method = 'GET') =>
      new Promise<number>((resolve, reject) => {
        request(`${base}${path}`, { method }, (r) => {
          r.resume();
          resolve(r.statusCode!);
        })
          .on('error', reject)
          .end();
      });
    expect(await status('/assets/../secret.txt')).toBe(404);
    expect(await status('/assets/..%2fsecret.txt')).toBe(404);
    expect(await status('/assets/%2e%2e/secret.txt')).toBe(404);
    expect(await status('/secret.txt')).toBe(404);
    expect(await status('/j/ABCDE', 'POST')).toBe(405);
    expect(await status('/healthz', 'HEAD')).toBe(200);
  });

  it('refuses requests for another host name (DNS rebinding)', async () => {
    const base = await serve(true);
    const { request } = await import('node:http');
    const code = await new Promise<number>((resolve, reject) => {
      request(`${base}/`, { headers: { host: 'attacker.example' } }, (r) => {
        r.resume();
        resolve(r.statusCode!);
      })
        .on('error', reject)
        .end();
    });
    expect(code).toBe(421);
  });

  it('says how to build when the pages are missing', async () => {
    running = await startHub(
      { port: 0, dataDir: await tempDir(), rendererDir: '/nonexistent', serveConsole: false },
      { log: memoryLog() },
    );
    const res = await fetch(`${running.localUrl}/j/ABCDE`);
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/npm run build/);
  });
});
