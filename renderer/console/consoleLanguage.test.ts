// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OutsideInApi } from '../../shared/ipc';
import { consoleLanguage, storeConsoleLanguage } from './consoleLanguage';

describe('the console tells the desktop shell its language (for the menu)', () => {
  const told: string[] = [];
  beforeEach(() => {
    told.length = 0;
    localStorage.clear();
    window.outsideIn = {
      setConsoleLanguage: vi.fn(async (language: string) => void told.push(language)),
    } as unknown as OutsideInApi;
  });
  afterEach(() => {
    delete window.outsideIn;
    window.history.replaceState(null, '', '/');
  });

  it('tells the language it starts in, and each one the facilitator picks', () => {
    storeConsoleLanguage('de');
    expect(consoleLanguage()).toBe('de');
    storeConsoleLanguage('pt-BR');
    expect(told).toEqual(['de', 'de', 'pt-BR']);
  });

  it('tells English for the pseudo-locale, whose words the menu does not have', () => {
    window.history.replaceState(null, '', '/?lang=en-XA');
    expect(consoleLanguage()).toBe('en-XA');
    expect(told).toEqual(['en']);
  });

  it('starts even when the shell refuses, and in a browser without a shell', async () => {
    window.outsideIn = {
      setConsoleLanguage: () => Promise.reject(new Error('refused')),
    } as unknown as OutsideInApi;
    storeConsoleLanguage('fr');
    expect(consoleLanguage()).toBe('fr');
    delete window.outsideIn;
    expect(consoleLanguage()).toBe('fr');
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});
