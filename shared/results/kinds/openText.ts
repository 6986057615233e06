import { parseOpenTextItem } from '../../activities/openText';
import { parseResult } from '../../activities/registry';
import { labelsOf } from '../labels';
import { asText, itemRow, type KindContext, type KindResults } from './common';

const textsOf = new WeakMap<KindContext['answers'], Map<string, string>>();

/** Statement id → its text, from the answers that wrote it (a withdrawn one has none); once per activity. */
function statementTexts({ answers }: KindContext): Map<string, string> {
  const known = textsOf.get(answers);
  if (known) return known;
  const texts = new Map<string, string>();
  textsOf.set(answers, texts);
  for (const answer of answers) {
    const item = parseOpenTextItem(answer.item);
    const value = answer.value;
    if (item?.type === 'statement' && typeof value === 'object' && value !== null && !Array.isArray(value))
      texts.set(item.statementId, asText(value.text ?? ''));
  }
  return texts;
}

export const openTextResults: KindResults = {
  summary(tally, { config, participants, words }) {
    const result = parseResult('open-text', tally);
    if (!result) return null;
    const list = labelsOf(config.lists);
    return result.lists.flatMap((l) =>
      l.statements.map((s) =>
        itemRow(s.text, participants, {
          total: s.upvotes,
          details: `${words.upvotes(s.upvotes)}${words.separator}${words.list(list(l.id))}`,
        }),
      ),
    );
  },
  answerRows(answer, context) {
    const item = parseOpenTextItem(answer.item);
    const value = answer.value;
    const list = labelsOf(context.config.lists);
    const { words } = context;
    if (item?.type === 'upvote') {
      const text = statementTexts(context).get(item.statementId) ?? item.statementId;
      return [{ item: words.upvote(text), value: value === true ? words.upvoted : words.upvoteTakenBack }];
    }
    if (value === null) return [{ item: words.statement, value: words.withdrawn }];
    if (typeof value === 'object' && !Array.isArray(value))
      return [{ item: words.statementIn(list(asText(value.list ?? ''))), value: asText(value.text ?? '') }];
    return [{ item: answer.item, value: asText(value) }];
  },
  reading: {
    order: (words) => words.mostUpvoted,
    rows: (items, { words }) =>
      [...items]
        .sort((a, b) => (b.total ?? 0) - (a.total ?? 0))
        .map((r) => ({ item: r.item, answers: '', result: words.upvotes(r.total ?? 0) })),
  },
};
