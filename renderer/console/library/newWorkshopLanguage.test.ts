import { describe, expect, it } from 'vitest';
import { newWorkshop } from '../../../shared/workshop/schema';
import { workshopAsTemplate } from '../../../shared/workshop/templates';
import { defaultWorkshopLanguage, roomLanguageOf } from './newWorkshopLanguage';

describe('the language New workshop offers first', () => {
  it('is the console’s, the pseudo-locale standing for English', () => {
    expect(defaultWorkshopLanguage('de', null)).toBe('de');
    expect(defaultWorkshopLanguage('pt-BR', null)).toBe('pt-BR');
    expect(roomLanguageOf('en-XA')).toBe('en');
  });

  it('is the template’s when it has one, whatever the console speaks', () => {
    const french = workshopAsTemplate(newWorkshop('Atelier', 0, 'fr'));
    expect(defaultWorkshopLanguage('de', french)).toBe('fr');
  });

  it('is the console’s for a template saved without a language', () => {
    const { language: _none, ...old } = workshopAsTemplate(newWorkshop('Old', 0, 'nl'));
    expect(defaultWorkshopLanguage('es', old)).toBe('es');
  });
});
