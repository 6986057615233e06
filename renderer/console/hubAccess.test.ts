// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Messages, UiLanguage } from '../i18n';

/**
 * A fresh page each time (the link's problem is kept module-wide, once per page), with its own
 * catalogue in `language`.
 */
async function openLink(language: UiLanguage, answer: () => Promise<Response>) {
  vi.resetModules();
  const i18n = await import('../i18n');
  i18n.setPageCatalogues({
    compiled: import.meta.glob<Messages>('../i18n/messages/*/*.json', {
      query: '?messages',
      import: 'default',
    }),
    pseudo: import.meta.glob<Messages>('../i18n/messages/*/en.json', { query: '?pseudo', import: 'default' }),
  });
  await i18n.loadLanguage(language);
  vi.stubGlobal('fetch', vi.fn(answer));
  window.history.replaceState(null, '', '/console/#ticket=abc123');
  const access = await import('./hubAccess');
  access.captureHubToken();
  await access.hubAccess();
  return { problem: access.consoleLinkProblem, loadLanguage: i18n.loadLanguage };
}

const reply = (status: number, body: unknown) => async () =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('console link problems', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.unstubAllGlobals());

  it('says in the console’s language why the link did not sign in', async () => {
    const used = await openLink(
      'de',
      reply(403, { error: 'This console link was used already or is too old.' }),
    );
    expect(used.problem()).toMatch(/^Dieser Konsolen-Link wurde schon benutzt oder ist zu alt\./);
    const refused = await openLink('de', reply(405, { error: 'Use POST.' }));
    expect(refused.problem()).toBe('Dieser Konsolen-Link hat nicht funktioniert.');
    const silent = await openLink('de', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(silent.problem()).toBe('Der Live-Hub hat nicht geantwortet. Läuft Outside-In noch?');
  });

  it('has no problem to tell when the ticket was traded for the key', async () => {
    const ok = await openLink('de', reply(200, { token: 'key' }));
    expect(ok.problem()).toBeNull();
    expect(localStorage.getItem('outside-in.facilitator-token')).toBe('key');
  });

  it('follows the language chosen after the link failed', async () => {
    const used = await openLink('en', reply(403, {}));
    expect(used.problem()).toMatch(/^This console link was used already/);
    await used.loadLanguage('fr');
    expect(used.problem()).toMatch(/^Ce lien de console a déjà servi/);
  });
});
