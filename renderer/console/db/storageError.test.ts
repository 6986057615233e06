import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../../i18n';
import { describeStorageError } from './workshops';

const named = (name: string, message = name) => Object.assign(new Error(message), { name });

describe('describeStorageError', () => {
  it('recognises a full disk by the error’s name, also wrapped as Dexie wraps it, not by its wording', () => {
    const full =
      'The disk is full, so your last change was not saved. Free some space; your work stays open here.';
    expect(describeStorageError(named('QuotaExceededError'))).toBe(full);
    expect(
      describeStorageError(Object.assign(named('AbortError'), { inner: named('QuotaExceededError') })),
    ).toBe(full);
    expect(describeStorageError(new Error('quota exceeded'))).not.toBe(full);
  });

  it('says what else went wrong, and that the work stays open', () => {
    expect(describeStorageError(named('InvalidStateError', 'Database closed'))).toBe(
      'Your last change could not be saved (Database closed). It stays open here; try again.',
    );
  });

  it('speaks the console’s language, keeping the browser’s own reason as it came', async () => {
    await loadLanguage('de');
    try {
      expect(describeStorageError(named('QuotaExceededError'))).toMatch(/^Der Datenträger ist voll/);
      expect(describeStorageError(named('InvalidStateError', 'Database closed'))).toMatch(
        /nicht gespeichert werden \(Database closed\)/,
      );
    } finally {
      await loadLanguage('en');
    }
  });
});
