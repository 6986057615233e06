import { BASICS_ANSWERS, type BasicsAnswer } from '../../activities/twoAxisRating';
import { BURDENS, type Burden } from '../../burdens';
import { parseResult } from '../../activities/registry';
import { positionLabel } from '../../plan/format';
import { labelsOf, stat } from '../labels';
import { asText, itemRow, type KindResults } from './common';

const isBurden = (id: string): id is Burden => (BURDENS as readonly string[]).includes(id);
const isBasics = (value: unknown): value is BasicsAnswer =>
  (BASICS_ANSWERS as readonly unknown[]).includes(value);
const numberOr = (value: unknown) => (typeof value === 'number' ? value : asText(value));

export const scalePollResults: KindResults = {
  summary(tally, { config, participants, words }) {
    const result = parseResult('scale-poll', tally);
    if (!result) return null;
    const label = labelsOf(config.items);
    const min = config.min ?? 1;
    return result.items.map((item) =>
      itemRow(label(item.id), participants, {
        answers: item.count,
        mean: stat(item.mean),
        median: stat(item.median),
        spread: stat(item.spread),
        spreadIs: words.standardDeviation,
        details: item.distribution
          .map((count, i) => words.count(String(min + i), count))
          .join(words.separator),
      }),
    );
  },
  answerRows: (answer, { config }) => [
    { item: labelsOf(config.items)(answer.item), value: numberOr(answer.value) },
  ],
  reading: {
    order: (words) => words.perQuestion,
    rows: (items, { participants, words, decimal }) =>
      items.map((r) => ({
        item: r.item,
        answers: words.of(r.answers ?? 0, r.participants ?? participants),
        result:
          r.mean === null
            ? words.noRatings
            : words.stats(decimal(r.mean), decimal(r.median ?? r.mean), decimal(r.spread ?? 0)),
      })),
  },
};

export const twoAxisRatingResults: KindResults = {
  summary(tally, { config, participants, words }) {
    const result = parseResult('two-axis-rating', tally);
    if (!result) return null;
    const label = labelsOf(config.items);
    const x = config.axes?.x.label ?? 'x';
    const y = config.axes?.y.label ?? 'y';
    return result.items.flatMap((item) => {
      const name = label(item.id);
      const { yes, no, unsure } = item.basics;
      const rows = [
        itemRow(`${name} — ${x}`, participants, {
          answers: item.count,
          mean: stat(item.meanX),
          spread: stat(item.spreadX),
          spreadIs: words.standardDeviation,
          details: item.quadrant ? words.quadrant(words.quadrants[item.quadrant]) : '',
        }),
        itemRow(`${name} — ${y}`, participants, {
          answers: item.count,
          mean: stat(item.meanY),
          spread: stat(item.spreadY),
          spreadIs: words.standardDeviation,
        }),
      ];
      if (config.basicsQuestion !== false)
        rows.push(
          itemRow(`${name} — ${words.meetsBasics}`, participants, {
            answers: yes + no + unsure,
            details: `${[
              words.count(words.yes, yes),
              words.count(words.no, no),
              words.count(words.unsure, unsure),
            ].join(words.separator)}${item.failsBasics ? ` (${words.failsBasics})` : ''}`,
          }),
        );
      return rows;
    });
  },
  answerRows(answer, { config, words }) {
    const name = labelsOf(config.items)(answer.item);
    const value = answer.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return [{ item: name, value: asText(value) }];
    const rows: Array<{ item: string; value: string | number }> = [
      { item: `${name} — ${config.axes?.x.label ?? 'x'}`, value: numberOr(value.x) },
      { item: `${name} — ${config.axes?.y.label ?? 'y'}`, value: numberOr(value.y) },
    ];
    if (value.basics !== undefined)
      rows.push({
        item: `${name} — ${words.meetsBasics}`,
        value: isBasics(value.basics) ? words[value.basics] : asText(value.basics),
      });
    return rows;
  },
  reading: {
    order: (words) => words.itemsInOrder,
    // One line per item: both axes' means and the basics, worded anew from the tally.
    rows(items, { tally, config, participants, words, decimal }) {
      const result = parseResult('two-axis-rating', tally);
      if (!result) return items.map((r) => ({ item: r.item, answers: '', result: '' }));
      const label = labelsOf(config.items);
      const x = config.axes?.x.label ?? 'x';
      const y = config.axes?.y.label ?? 'y';
      return result.items.map((item) => {
        const { yes, no, unsure } = item.basics;
        const figures =
          item.meanX === null || item.meanY === null
            ? [words.noRatings]
            : [words.labelled(x, decimal(item.meanX)), words.labelled(y, decimal(item.meanY))];
        if (config.basicsQuestion !== false && yes + no + unsure > 0)
          figures.push(words.basics(yes, no, unsure));
        if (item.failsBasics) figures.push(words.failsBasics);
        return {
          item: label(item.id),
          answers: words.of(item.count, participants),
          result: figures.join(' · '),
        };
      });
    },
  },
};

export const journeyHeatmapResults: KindResults = {
  summary(tally, { config, participants, words }) {
    const result = parseResult('journey-heatmap', tally);
    if (!result) return null;
    const label = labelsOf(config.stages);
    return result.stages.flatMap((stage) =>
      Object.entries(stage.burdens).map(([burden, cell]) =>
        itemRow(`${label(stage.id)} — ${isBurden(burden) ? words.burdens[burden] : burden}`, participants, {
          answers: cell.count,
          mean: stat(cell.mean),
          details: words.burdenScale,
        }),
      ),
    );
  },
  answerRows(answer, { config, words }) {
    const stage = labelsOf(config.stages)(answer.item);
    const value = answer.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return [{ item: stage, value: asText(value) }];
    return Object.entries(value).map(([burden, rating]) => ({
      item: `${stage} — ${isBurden(burden) ? words.burdens[burden] : burden}`,
      value: numberOr(rating),
    }));
  },
  reading: {
    order: (words) => words.stagesInOrder(3),
    // One line per stage, its burdens side by side, named in the plan's language.
    rows(items, { tally, config, participants, words, burdens, decimal }) {
      const result = parseResult('journey-heatmap', tally);
      if (!result) return items.map((r) => ({ item: r.item, answers: '', result: '' }));
      const label = labelsOf(config.stages);
      return result.stages.map((stage) => {
        const cells = BURDENS.flatMap((burden) => {
          const cell = stage.burdens[burden];
          if (!cell) return [];
          return [words.labelled(burdens[burden], cell.mean === null ? '—' : decimal(cell.mean))];
        });
        return {
          item: label(stage.id),
          answers: words.of(stage.count, participants),
          result: cells.join(' · ') || words.noRatings,
        };
      });
    },
  },
};

export const continuumPlacementResults: KindResults = {
  summary(tally, { config, participants, words }) {
    const result = parseResult('continuum-placement', tally);
    if (!result) return null;
    const label = labelsOf(config.items);
    return result.items.map((item) =>
      itemRow(label(item.id), participants, {
        answers: item.count,
        mean: stat(item.mean),
        median: stat(item.median),
        spread: stat(item.spread),
        spreadIs: words.middleHalfIs,
        details:
          item.p25 === null || item.p75 === null || item.band === null
            ? ''
            : words.middleHalf(
                words.decimal(stat(item.p25) ?? item.p25),
                words.decimal(stat(item.p75) ?? item.p75),
                words.bands[item.band],
              ),
      }),
    );
  },
  answerRows: (answer, { config }) => [
    { item: labelsOf(config.items)(answer.item), value: numberOr(answer.value) },
  ],
  reading: {
    order: (words) => words.placedInOrder,
    rows(items, { tally, config, participants, words, bands }) {
      const result = parseResult('continuum-placement', tally);
      if (!result) return items.map((r) => ({ item: r.item, answers: '', result: '' }));
      const label = labelsOf(config.items);
      return result.items.map((item) => ({
        item: label(item.id),
        answers: words.of(item.count, participants),
        result:
          item.median === null || item.p25 === null || item.p75 === null || item.band === null
            ? words.noRatings
            : words.placement(
                positionLabel(item.median),
                positionLabel(item.p25),
                positionLabel(item.p75),
                bands[item.band],
              ),
      }));
    },
  },
};
