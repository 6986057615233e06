import { afterEach, describe, expect, it } from 'vitest';
import { errorCodeSchema, type ErrorCode } from '../../shared/protocol';
import { loadLanguage } from '../i18n';
import { roomErrorText } from './roomErrorText';

const error = (code: ErrorCode, extra: { fatal?: boolean; retryAfterMs?: number; limit?: number } = {}) => ({
  code,
  message: `English words for ${code}`,
  ...extra,
});

describe('hub errors on a phone or the projector', () => {
  afterEach(() => loadLanguage('en'));

  it('words every code in the room’s language, never the hub’s English', async () => {
    await loadLanguage('de');
    for (const code of errorCodeSchema.options) {
      const text = roomErrorText(error(code, { limit: 3, retryAfterMs: 1000, fatal: true }), 'ABCDE');
      expect(text, code).not.toMatch(/English words|^error\./);
    }
  });

  it('says what stopped the page, with the code it asked for or the wait', async () => {
    await loadLanguage('de');
    expect(roomErrorText(error('unknown-code', { fatal: true }), 'QWERT')).toBe(
      'Es gibt keine laufende Sitzung mit dem Code QWERT. Prüfen Sie den Code auf der Leinwand.',
    );
    expect(roomErrorText(error('removed', { fatal: true }))).toMatch(
      /^Die Moderation hat Sie aus dieser Sitzung/,
    );
    // Far too many messages: cut off, with no wait to count down.
    expect(roomErrorText(error('rate-limited', { fatal: true }))).toMatch(/Verbindung wurde getrennt/);
    // A wait under a second is still a second to wait.
    expect(roomErrorText(error('rate-limited', { fatal: true, retryAfterMs: 300 }))).toMatch(
      /Warten Sie 1 Sekunde /,
    );
  });

  it('counts in the language’s own plural forms', async () => {
    await loadLanguage('ar');
    expect(roomErrorText(error('device-limit', { fatal: true, limit: 2 }))).toMatch(/شخصان/);
    await loadLanguage('fr');
    expect(roomErrorText(error('session-full', { fatal: true, limit: 5000 }))).toMatch(
      /au plus 5\s000 participants\.$/,
    );
  });
});
