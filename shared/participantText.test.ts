import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanParticipantText, hasVisibleCharacter } from './participantText';

describe('participant text', () => {
  it('removes control characters and keeps the words', () => {
    expect(cleanParticipantText('Listen\u0000 to\u0007 customers\u001b[31m')).toBe('Listen to customers[31m');
    expect(cleanParticipantText('two\nlines\tand\r\ntabs')).toBe('two lines and tabs');
    expect(cleanParticipantText('\u0085next\u009bline')).toBe('nextline');
  });

  it('removes bidirectional overrides that would reverse the text', () => {
    expect(cleanParticipantText('\u202Egnihtemos\u202C fair')).toBe('gnihtemos fair');
  });

  it('normalises to NFC so the same words compare equal', () => {
    const decomposed = 'cafe\u0301';
    expect(cleanParticipantText(decomposed)).toBe('caf\u00e9');
  });

  it('keeps emoji sequences joined by zero-width joiners', () => {
    expect(cleanParticipantText('Dev 👩‍💻 team')).toBe('Dev 👩‍💻 team');
  });

  it('finds nothing visible in 140 characters of invisible marks', () => {
    const marks = '\u202E\u200D'.repeat(70);
    expect(hasVisibleCharacter(cleanParticipantText(marks))).toBe(false);
    for (const blank of [
      '\u200B\u200C\uFEFF',
      '\u3164\u115F',
      '\u0301\u0301',
      '\u2800',
      '\u{E0041}\u{E0042}',
    ])
      expect(hasVisibleCharacter(cleanParticipantText(blank))).toBe(false);
  });

  it('sees letters, digits, punctuation, emoji and other scripts', () => {
    for (const text of ['a', '7', '?', '👍', '顧客', 'ع', 'é'])
      expect(hasVisibleCharacter(cleanParticipantText(text))).toBe(true);
  });

  it('leaves no control character, is idempotent and never grows the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
        const clean = cleanParticipantText(raw);
        expect(clean).not.toMatch(/\p{Cc}/u);
        expect(cleanParticipantText(clean)).toBe(clean);
        expect(clean.normalize('NFC')).toBe(clean);
        expect(clean.length).toBeLessThanOrEqual(raw.normalize('NFC').length);
      }),
    );
  });
});
