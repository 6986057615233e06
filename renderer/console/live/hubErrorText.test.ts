import { afterEach, describe, expect, it } from 'vitest';
import type { ErrorMessage } from '../../../shared/protocol';
import { loadLanguage } from '../../i18n';
import { hubErrorText } from './hubErrorText';

const refused = (refusal: ErrorMessage['refusal'], message = 'English words from the hub') => ({
  code: 'bad-control' as const,
  message,
  refusal,
});

describe('a refused control in the console', () => {
  afterEach(() => loadLanguage('en'));

  it('says in German why the hub refused, by its code and arguments', async () => {
    await loadLanguage('de');
    expect(hubErrorText(refused({ code: 'last-activity' }))).toBe('Dies ist die letzte Aktivität.');
    expect(hubErrorText(refused({ code: 'no-cards' }))).toBe(
      'Es gibt noch keine Karten zum Sortieren. Fügen Sie Karten hinzu, bevor Sie die Sortierung öffnen: Nehmen Sie zuerst Vorschläge an.',
    );
    expect(hubErrorText(refused({ code: 'no-such-activity', args: { number: 6, count: 2 } }))).toBe(
      'Es gibt keine Aktivität 6; die Agenda hat 2 Aktivitäten.',
    );
    expect(hubErrorText(refused({ code: 'already-opened', args: { name: 'Kundenreise' } }))).toMatch(
      /^„Kundenreise“ wurde bereits geöffnet/,
    );
    expect(
      hubErrorText({
        code: 'session-live',
        message: 'English',
        refusal: { code: 'session-running', args: { code: 'QWERT' } },
      }),
    ).toBe('Es läuft bereits eine Sitzung (Code QWERT). Beenden Sie sie, bevor Sie eine neue starten.');
  });

  it('says the same in English, and in Spanish with tú', async () => {
    expect(hubErrorText(refused({ code: 'first-activity' }))).toBe('This is the first activity.');
    await loadLanguage('es');
    expect(hubErrorText(refused({ code: 'not-an-address', args: { address: '10.0.0.9' } }))).toBe(
      '10.0.0.9 no es una dirección de red de este ordenador. Elige una de sus redes.',
    );
  });

  it('falls back to the hub’s English words without a refusal (an older hub)', async () => {
    await loadLanguage('de');
    expect(hubErrorText(refused(undefined, 'This is the last activity.'))).toBe('This is the last activity.');
    // Codes that say it all are still worded by the code.
    expect(hubErrorText({ code: 'no-session', message: 'No session is running.' })).toBe(
      'Es läuft keine Sitzung. Starten Sie zuerst eine.',
    );
  });
});
