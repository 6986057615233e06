import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_LANGUAGE, planLanguage } from './language';

describe('planLanguage', () => {
  it('is English for a workshop that does not say', () => {
    expect(DEFAULT_PLAN_LANGUAGE).toBe('en');
    expect(planLanguage({})).toBe('en');
    expect(planLanguage({ language: '  ' })).toBe('en');
  });

  it('takes the workshop’s language when the plan is written in it, else English', () => {
    expect(planLanguage({ language: 'de' })).toBe('de');
    expect(planLanguage({ language: 'pt-BR' })).toBe('pt-BR');
    expect(planLanguage({ language: 'ar' })).toBe('en');
    expect(planLanguage({ language: 'English (UK)' })).toBe('en');
    expect(planLanguage({ language: '</x>' })).toBe('en');
  });
});
