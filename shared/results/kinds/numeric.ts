import { BASICS_ANSWERS, type BasicsAnswer } from '../../activities/twoAxisRating';
import { BURDENS, type Burden } from '../../burdens';
import { parseResult } from '../../activities/registry';
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
};
