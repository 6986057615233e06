// Questions the facilitator typed on the spot during the session: each with its answers, in the
// numbers of the results export (shared/plan/quickQuestions.ts).
import type { PlanQuickQuestion } from '../../shared/plan/types';
import { tableHeader, tableRow, textBlock, textCell, type Block } from './blocks';
import { headingBlock, noteBox } from './sectionParts';
import type { Pen } from './pen';
import { COLORS, LEADING, TEXT } from './theme';

const ANSWERS_WIDTH = 80;
const RESULT_WIDTH = 190;

function questionBlocks(pen: Pen, q: PlanQuickQuestion, width: number, first: boolean): Block[] {
  const answered = pen.words.answeredOf(q.answered, q.participants, q.kindLabel);
  const blocks: Block[] = [
    headingBlock(
      pen,
      `quick-${q.id}`,
      q.title,
      q.readable ? `${answered}. ${q.order}` : answered,
      width,
      first,
    ),
  ];
  if (!q.readable) return [...blocks, noteBox(pen, `quick-${q.id}-unread`, pen.words.cannotRead, width)];
  if (q.rows.length === 0)
    return [...blocks, noteBox(pen, `quick-${q.id}-none`, pen.words.nobodyAnswered, width)];
  const itemWidth = width - ANSWERS_WIDTH - RESULT_WIDTH;
  const header = tableHeader(pen, `quick-${q.id}-th`, [
    { label: pen.words.answer, width: itemWidth },
    { label: pen.words.givenBy, width: ANSWERS_WIDTH },
    { label: pen.words.result, width: RESULT_WIDTH },
  ]);
  blocks.push({ ...header, keepWithNext: true });
  q.rows.forEach((row, k) =>
    blocks.push(
      tableRow(
        `quick-${q.id}-${k}`,
        [
          textCell(pen, { text: row.item, style: TEXT.body }, itemWidth, { padRight: 8 }),
          textCell(pen, { text: row.answers, style: { size: 9, color: COLORS.text2 } }, ANSWERS_WIDTH, {
            padRight: 6,
          }),
          textCell(pen, { text: row.result, style: { size: 9, color: COLORS.navy } }, RESULT_WIDTH),
        ],
        { header },
      ),
    ),
  );
  if (q.more > 0)
    blocks.push(
      textBlock(pen, `quick-${q.id}-more`, { text: pen.words.more(q.more), style: TEXT.small }, width, {
        above: 4,
        lineHeight: LEADING.small,
      }),
    );
  return blocks;
}

/** An own exercise's section: its prompt, then each question as the questions asked on the spot. */
export function ownExerciseBlocks(
  pen: Pen,
  data: { prompt: string; questions: readonly PlanQuickQuestion[] },
  width: number,
): Block[] {
  const prompt = data.prompt
    ? [
        textBlock(pen, 'own-prompt', { text: data.prompt, style: TEXT.lead }, Math.min(420, width), {
          below: 14,
          lineHeight: LEADING.lead,
        }),
      ]
    : [];
  return [...prompt, ...quickQuestionBlocks(pen, data.questions, width)];
}

export function quickQuestionBlocks(
  pen: Pen,
  questions: readonly PlanQuickQuestion[],
  width: number,
): Block[] {
  return questions.flatMap((q, k) => questionBlocks(pen, q, width, k === 0));
}
