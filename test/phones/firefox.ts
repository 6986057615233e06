import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { PHONE_SIZE, type PhoneEngine } from './phone';

const CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** Why Firefox cannot run here, in words that say what to install; null when it can. */
export function firefoxMissing(): string | null {
  return CANDIDATES.some((p) => p && existsSync(p))
    ? null
    : 'Firefox is not installed. Run `npm run deps:system` (Debian: firefox-esr) or set FIREFOX_PATH.';
}

/** Gecko (Firefox for Android) headless, driven over WebDriver BiDi. */
export class FirefoxPhone implements PhoneEngine {
  readonly name = 'Firefox';
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
    private readonly profile: string,
  ) {}

  static async launch(): Promise<FirefoxPhone> {
    const missing = firefoxMissing();
    if (missing) throw new Error(missing);
    const executablePath = CANDIDATES.find((p): p is string => !!p && existsSync(p))!;
    // A fresh profile per run: no state from an earlier run, nothing written to HOME (CI runs as root).
    const profile = await mkdtemp(join(tmpdir(), 'outside-in-firefox-'));
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      userDataDir: profile,
      timeout: 60_000,
      extraPrefsFirefox: {
        // Loopback only: no update checks, telemetry or captive-portal probes.
        'network.captive-portal-service.enabled': false,
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
      },
    });
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    await page.setViewport(PHONE_SIZE);
    return new FirefoxPhone(browser, page, profile);
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
  }

  async reload(): Promise<void> {
    await this.page.reload();
  }

  async run<T>(body: string, arg?: unknown): Promise<T> {
    // Built here and sent as source (as WebDriver does), so the page's CSP never sees an eval.
    const fn = new Function(body) as (arg: unknown) => T;
    return (await this.page.evaluate(fn, arg ?? null)) as T;
  }

  async click(css: string): Promise<void> {
    await this.page.click(css);
  }

  async type(css: string, text: string): Promise<void> {
    await this.page.type(css, text);
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await rm(this.profile, { recursive: true, force: true });
  }
}
