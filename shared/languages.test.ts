import { describe, expect, it } from 'vitest';
import { isRightToLeft, languageOf } from './languages';

describe('languageOf', () => {
  it('matches a browser tag to an offered language', () => {
    expect(languageOf('de-AT')).toBe('de');
    expect(languageOf('pt')).toBe('pt-BR');
    expect(languageOf('pt-PT')).toBe('pt-BR');
    expect(languageOf('NL')).toBe('nl');
    expect(languageOf('ja-JP')).toBeNull();
    expect(languageOf(undefined)).toBeNull();
  });
  it('lays Arabic out right to left only', () => {
    expect(isRightToLeft('ar')).toBe(true);
    expect(isRightToLeft('de')).toBe(false);
  });
});
