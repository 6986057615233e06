import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createWorkshop } from './support/console';
import { startSession } from './support/session';

/** Its own browser-mode hub (own port and data folder), started as `npm run serve` starts it. */
function serve(port: number, dataDir: string): Promise<{ child: ChildProcess; link: string }> {
  const env = { ...process.env };
  delete env.OUTSIDE_IN_FACILITATOR_TOKEN;
  const child = spawn(
    process.execPath,
    ['out/main/serve.js', '--port', String(port), '--host', '127.0.0.1', '--data-dir', dataDir],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve printed no console link:\n${out}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += String(chunk);
      const link = /Console: (\S+)/.exec(out)?.[1];
      if (link) {
        clearTimeout(timer);
        resolve({ child, link });
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited (${code}):\n${out}`)));
  });
}

test('the console signs in through a one-time link, never shows the key, and outlives a hub restart', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const port = 4990 + Math.floor(Math.random() * 8);
  const dataDir = mkdtempSync(join(tmpdir(), 'outside-in-sign-in-'));
  let hub = await serve(port, dataDir);
  try {
    const key = readFileSync(join(dataDir, 'facilitator.key'), 'utf8').trim();
    expect(hub.link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#ticket=/);
    expect(hub.link).not.toContain(key);
    const seen: string[] = [];
    page.on('framenavigated', (frame) => seen.push(frame.url()));

    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(hub.link);
    await expect(page).not.toHaveURL(/ticket=/);
    await createWorkshop(page, 'Sign-in check');
    await startSession(page);
    const badge = page.locator('[data-connection]').first();
    await expect(badge).toHaveAttribute('data-connection', 'connected');

    // A crash of the hub: the open console comes back by itself, same key.
    hub.child.kill('SIGKILL');
    await expect(badge).not.toHaveAttribute('data-connection', 'connected', { timeout: 15_000 });
    hub = await serve(port, dataDir);
    await expect(badge).toHaveAttribute('data-connection', 'connected', { timeout: 30_000 });
    expect(readFileSync(join(dataDir, 'facilitator.key'), 'utf8').trim()).toBe(key);
    await expect(page.getByRole('button', { name: /End session/ })).toBeVisible();

    expect(seen.length).toBeGreaterThan(0);
    for (const url of [...seen, page.url()]) expect(url).not.toContain(key);
  } finally {
    hub.child.kill('SIGKILL');
  }
});
