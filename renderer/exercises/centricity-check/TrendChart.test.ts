import { afterEach, describe, expect, it } from 'vitest';
import { loadLanguage } from '../../i18n';
import { shortDate } from './TrendChart';

afterEach(() => loadLanguage('en'));

describe('the trend’s dates', () => {
  it('reads month and year in the console’s language, the workshop’s name without a date', async () => {
    expect(shortDate({ date: '2025-04-01', workshopName: 'Spring check' })).toBe('Apr 2025');
    await loadLanguage('de');
    expect(shortDate({ date: '2025-03-12', workshopName: 'Spring check' })).toBe('März 2025');
    await loadLanguage('fr');
    expect(shortDate({ date: '2025-12-01', workshopName: 'Spring check' })).toBe('déc. 2025');
    expect(shortDate({ date: '', workshopName: 'A rather long workshop name' })).toBe('A rather long ');
  });
});
