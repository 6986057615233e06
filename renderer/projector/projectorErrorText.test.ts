import { afterEach, describe, expect, it } from 'vitest';
import { loadLanguage } from '../i18n';
import { projectorErrorText } from './projectorErrorText';

const fatal = (code: 'unknown-code' | 'unauthorized' | 'session-ended' | 'removed') => ({
  code,
  message: `English words for ${code}`,
  fatal: true,
});

describe('hub errors on the projector', () => {
  afterEach(() => loadLanguage('en'));

  it('says in the room’s language what only a projector meets, the rest as phones say it', async () => {
    await loadLanguage('de');
    expect(projectorErrorText(fatal('unknown-code'), undefined)).toBe(
      'Diese Seite kam ohne Sitzungscode. Öffnen Sie den Projektor aus der Konsole.',
    );
    expect(projectorErrorText(fatal('unknown-code'), 'QWERT')).toMatch(/mit dem Code QWERT\./);
    expect(projectorErrorText(fatal('unauthorized'), 'QWERT')).toMatch(
      /^Dieser Projektor wird nicht eingelassen/,
    );
    expect(projectorErrorText(fatal('session-ended'), 'QWERT')).toBe(
      'Diese Sitzung ist beendet. Sie können die Seite schließen.',
    );
  });
});
