import { parseResult } from '../../activities/registry';
import { labelsOf } from '../labels';
import { asText, itemRow, type KindResults } from './common';

export const multipleChoiceResults: KindResults = {
  summary(tally, { config, participants, words }) {
    const result = parseResult('multiple-choice', tally);
    if (!result) return null;
    const label = labelsOf(config.options);
    return result.options.map((option) =>
      itemRow(label(option.id), participants, {
        answers: option.count,
        details: words.shareOf(words.percent(option.share), result.respondents),
      }),
    );
  },
  answerRows(answer, { config, words }) {
    const label = labelsOf(config.options);
    const value = answer.value;
    const picked = Array.isArray(value) ? value : typeof value === 'string' ? [value] : null;
    if (!picked) return [{ item: words.choice, value: asText(value) }];
    return [{ item: words.choice, value: picked.length ? picked.map(label).join('; ') : words.noneOfThese }];
  },
  reading: {
    order: (words) => words.offered,
    // Everyone who answered the activity is a respondent of each option: the share the console shows.
    rows: (items, { answered, words, percent }) =>
      items.map((r) => ({
        item: r.item,
        answers: words.picks(r.answers ?? 0),
        result: words.shareOf(percent(answered ? (r.answers ?? 0) / answered : 0), answered),
      })),
  },
};

export const dotVotingResults: KindResults = {
  summary(tally, { config, participants, words }) {
    const result = parseResult('dot-voting', tally);
    if (!result) return null;
    const label = labelsOf(config.options);
    return result.ranking.map((option, index) =>
      itemRow(label(option.id), participants, {
        answers: option.voters,
        total: option.dots,
        details: `${words.rankByDots(index + 1)}${words.separator}${words.voters(option.voters)}`,
      }),
    );
  },
  answerRows: (answer, { config }) => [
    {
      item: labelsOf(config.options)(answer.item),
      value: typeof answer.value === 'number' ? answer.value : asText(answer.value),
    },
  ],
  reading: {
    order: (words) => words.mostDots,
    rows: (items, { words }) =>
      items.map((r) => ({
        item: r.item,
        answers: words.voters(r.answers ?? 0),
        result: words.dots(r.total ?? 0),
      })),
  },
};

export const cardClassificationResults: KindResults = {
  summary(tally, { config, participants, words }) {
    const result = parseResult('card-classification', tally);
    if (!result) return null;
    const card = labelsOf(config.cards);
    const category = labelsOf(config.categories);
    return result.cards.map((c) => {
      const counts = Object.entries(c.counts).map(([id, n]) => words.count(category(id), n));
      const leading = c.leading ? `${words.separator}${words.leading(category(c.leading))}` : '';
      return itemRow(card(c.id), participants, {
        answers: c.total,
        details: `${counts.join(words.separator)}${leading}${c.contested ? `${words.separator}${words.contested}` : ''}`,
      });
    });
  },
  answerRows: (answer, { config }) => [
    {
      item: labelsOf(config.cards)(answer.item),
      value:
        typeof answer.value === 'string' ? labelsOf(config.categories)(answer.value) : asText(answer.value),
    },
  ],
  reading: {
    order: (words) => words.cardsInOrder,
    // The export's details are English: the reading words the same tally anew.
    rows(items, { tally, config, answered, words }) {
      const result = parseResult('card-classification', tally);
      if (!result) return items.map((r) => ({ item: r.item, answers: '', result: '' }));
      const card = labelsOf(config.cards);
      const category = labelsOf(config.categories);
      return result.cards.map((c) => ({
        item: card(c.id),
        answers: words.of(c.total, answered),
        result: [
          ...(config.categories ?? []).map((cat) => words.labelled(cat.label, c.counts[cat.id] ?? 0)),
          ...(c.leading ? [words.leading(category(c.leading))] : []),
          ...(c.contested ? [words.contested] : []),
        ].join(' · '),
      }));
    },
  },
};
