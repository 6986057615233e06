// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  tallyCardClassification,
  type CardClassificationConfig,
} from '../../../shared/activities/cardClassification';
import { loadLanguage } from '../../i18n';
import CardClassificationResultView from './Result';

afterEach(async () => {
  cleanup();
  await loadLanguage('en');
});

const config: CardClassificationConfig = {
  cards: [
    { id: 'chatbot', title: 'Chatbot for invoices' },
    { id: 'app', title: 'Self-service app' },
    { id: 'fax', title: 'Fax line' },
  ],
  categories: [
    { id: 'push', label: 'Pushed by us' },
    { id: 'pull', label: 'Pulled by customers' },
    { id: 'unsure', label: 'Unsure' },
  ],
  decisive: ['push', 'pull'],
  contestedThreshold: 65,
};
const vote = (participantId: string, itemId: string, value: string) => ({
  participantId,
  itemId,
  value,
  at: 0,
});
const result = tallyCardClassification(config, [
  vote('a', 'chatbot', 'push'),
  vote('b', 'chatbot', 'pull'),
  vote('a', 'app', 'pull'),
  vote('b', 'app', 'pull'),
]);

describe('card sort result in the console', () => {
  it('counts contested and unvoted cards with the rule, in the console’s language', async () => {
    const { rerender } = render(
      <CardClassificationResultView config={config} result={result} participants={2} answered={2} />,
    );
    expect(screen.getByText(/of 3 cards/).textContent).toBe(
      '⚑ 1 contested of 3 cards · 1 without votes · contested = neither side reaches 65%',
    );
    await loadLanguage('de');
    rerender(<CardClassificationResultView config={config} result={result} participants={2} answered={2} />);
    expect(screen.getByText(/von 3 Karten/).textContent).toBe(
      '⚑ 1 umstritten von 3 Karten · 1 ohne Stimmen · umstritten = keine Seite erreicht 65\u00a0%',
    );
    expect(screen.getByRole('checkbox', { name: 'Umstrittene zuerst' })).toBeTruthy();
  });
});
