import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleTickets } from './consoleTickets';
import { startHub, type RunningHub } from './index';
import { memoryLog, tempDir, TOKEN } from './testing/fixtures';

describe('one-time console tickets', () => {
  it('are good once, and not after they expire', () => {
    let now = 0;
    const tickets = new ConsoleTickets(1000, () => now);
    const a = tickets.issue();
    const b = tickets.issue();
    expect(tickets.redeem(a)).toBe(true);
    expect(tickets.redeem(a)).toBe(false);
    now = 1001;
    expect(tickets.redeem(b)).toBe(false);
    expect(tickets.redeem('made-up')).toBe(false);
  });

  it('keep only the newest few', () => {
    const tickets = new ConsoleTickets(60_000, Date.now, 2);
    const [a, b, c] = [tickets.issue(), tickets.issue(), tickets.issue()];
    expect(tickets.redeem(a)).toBe(false);
    expect(tickets.redeem(b)).toBe(true);
    expect(tickets.redeem(c)).toBe(true);
  });
});

let running: RunningHub | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

describe('console sign-in over HTTP (browser mode)', () => {
  async function hub() {
    const dir = await tempDir();
    const log = memoryLog();
    running = await startHub(
      { port: 0, dataDir: dir, rendererDir: join(dir, 'none'), serveConsole: true, facilitatorToken: TOKEN },
      { log, heartbeatMs: 60_000 },
    );
    return { url: running.localUrl, log, running };
  }
  const trade = (url: string, ticket: string, origin = url) =>
    fetch(`${url}/console/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin },
      body: JSON.stringify({ ticket }),
    });

  it('trades a printed link for the key once, and prints a new link for the next browser', async () => {
    const { url, log, running } = await hub();
    const link = running.consoleLink();
    expect(link).not.toContain(TOKEN);
    const ticket = /#ticket=(.+)$/.exec(link)![1]!;
    const first = await trade(url, ticket);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(await first.json()).toEqual({ token: TOKEN });
    const again = await trade(url, ticket);
    expect(again.status).toBe(403);
    expect(((await again.json()) as { error: string }).error).toMatch(/used already/);
    expect(
      log.lines.some((l) => /Console link for another browser: http:\/\/127\.0\.0\.1:\d+\/#ticket=/.test(l)),
    ).toBe(true);
  });

  it('refuses another site, a wrong key and a big body', async () => {
    const { url, running } = await hub();
    const ticket = /#ticket=(.+)$/.exec(running.consoleLink())![1]!;
    expect((await trade(url, ticket, 'http://evil.example')).status).toBe(403);
    // The refused attempt did not spend it.
    expect((await trade(url, ticket)).status).toBe(200);
    const wrongKey = await fetch(`${url}/console/ticket`, {
      method: 'POST',
      headers: { Authorization: 'Bearer nope' },
    });
    expect(wrongKey.status).toBe(401);
    const rightKey = await fetch(`${url}/console/ticket`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    const issued = (await rightKey.json()) as { ticket: string };
    expect((await trade(url, issued.ticket)).status).toBe(200);
    const big = await fetch(`${url}/console/session`, { method: 'POST', body: 'x'.repeat(5000) });
    expect(big.status).toBe(403);
    expect((await fetch(`${url}/console/session`)).status).toBe(405);
  });
});
