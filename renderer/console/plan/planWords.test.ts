import { afterEach, describe, expect, it } from 'vitest';
import { PLAN_WORDS } from '../../../shared/plan/words';
import { loadLanguage } from '../../i18n';
import { moveRightPrompt, practicePartsList } from './planWords';

afterEach(() => loadLanguage('en'));

describe('the plan’s words on the console', () => {
  it('lists the parts built on practice answers in the console’s language, as the PDF words them', async () => {
    expect(practicePartsList(['burden-journey', 'continuum', 'initiatives'])).toBe(
      'the customer-burden heatmap, the placements on the continuum and initiative positions and priorities from votes',
    );
    await loadLanguage('de');
    const de = PLAN_WORDS.de.practiceParts;
    expect(practicePartsList(['burden-journey', 'continuum'])).toBe(
      `${de['burden-journey']} und ${de.continuum}`,
    );
    expect(moveRightPrompt()).toBe(PLAN_WORDS.de.moveRightPrompt);
  });
});
