import { expect, test, type Page } from '@playwright/test';
import { FACILITATOR_TOKEN } from './support/console';

test('serves the phone, console and projector pages with security headers', async ({ request }) => {
  expect((await (await request.get('/healthz')).json()) as unknown).toEqual({ ok: true });
  for (const path of ['/j/ABCDE', '/', '/projector']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const headers = res.headers();
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
  }
  expect((await request.get('/assets/../package.json')).status()).toBe(404);
});

type Seen = { messages: { type: string; [k: string]: unknown }[]; closeCode: number | null };

/** Says hello from inside a real browser page: Chromium sets the Origin header itself. */
function openSocket(page: Page, port: string, hello: Record<string, unknown>): Promise<Seen> {
  return page.evaluate(
    ({ port, hello }) =>
      new Promise<Seen>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`);
        const seen: Seen = { messages: [], closeCode: null };
        ws.onopen = () => ws.send(JSON.stringify({ type: 'hello', protocol: 1, ...hello }));
        ws.onmessage = (e) => {
          seen.messages.push(JSON.parse(String(e.data)));
          setTimeout(() => {
            ws.close();
            resolve(seen);
          }, 200);
        };
        ws.onclose = (e) => resolve({ ...seen, closeCode: e.code });
      }),
    { port, hello },
  );
}

test('a page the hub served may connect; another site’s page may not', async ({ page, baseURL }) => {
  const port = new URL(baseURL!).port;
  await page.goto('/projector');
  const own = await openSocket(page, port, { role: 'facilitator', token: FACILITATOR_TOKEN });
  expect(own.messages[0]).toMatchObject({ type: 'welcome', seq: 1, you: { role: 'facilitator' } });

  // Another site (served by Playwright itself: no traffic leaves this machine) tries the hub.
  await page.route('http://elsewhere.test/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>elsewhere</title>' }),
  );
  await page.goto('http://elsewhere.test/');
  const foreign = await openSocket(page, port, { role: 'screen' });
  expect(foreign.messages).toEqual([]);
  expect(foreign.closeCode).toBe(1006);
});
