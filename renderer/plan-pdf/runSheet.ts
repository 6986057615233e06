import { planWords } from '../../shared/plan/words';
import type { RunSheet, RunSheetItem } from '../../shared/workshop/runSheet';
import { runSheetCsv, runSheetFileName } from '../../shared/workshop/runSheet';
import {
  drawPages,
  list,
  mastheadBlock,
  stack,
  tableHeader,
  tableRow,
  textBlock,
  textCell,
  type Block,
} from './blocks';
import { needsCjkFont } from './fonts';
import { packFlow } from './pageFit';
import { Pen, type PlanFontBytes } from './pen';
import type { Span } from './typeset';
import { COLORS, LEADING, MARGIN, PAGE_SIZE, TEXT } from './theme';

/** The top of page 1: the workshop, when and with whom, and that the sheet is for the facilitator. */
function masthead(pen: Pen, sheet: RunSheet, width: number): Block {
  return mastheadBlock(
    pen,
    `${pen.words.runSheetTitle} · ${pen.words.forTheFacilitator}`,
    sheet.workshopName,
    [
      sheet.organisation,
      sheet.dateLabel,
      sheet.facilitator ? pen.words.facilitator(sheet.facilitator) : '',
      sheet.span,
    ],
    width,
  );
}

function heading(pen: Pen, key: string, text: string, width: number, above: number): Block {
  return textBlock(pen, key, { text, style: TEXT.h2 }, width, {
    above,
    below: 6,
    lineHeight: LEADING.h2,
    tag: 'H2',
    keepWithNext: true,
  });
}

function joinBlocks(pen: Pen, sheet: RunSheet, width: number): Block[] {
  // A hanging number: wrapped lines of a step start under its text.
  // The join steps are the product's own words, so they follow the sheet's language.
  const steps = pen.words.joinSteps.map((step, k) =>
    tableRow(
      `join-${k}`,
      [
        textCell(pen, { text: `${k + 1}.`, style: TEXT.body }, 16),
        textCell(pen, { text: step, style: TEXT.body }, width - 16),
      ],
      { padY: 2, rule: null },
    ),
  );
  return [heading(pen, 'join-h', pen.words.howToJoin, width, 0), list('join', steps)];
}

const COLUMNS = { time: 78, minutes: 40 };

function itemRow(pen: Pen, item: RunSheetItem, width: number, header: Block): Block {
  const text = width - COLUMNS.time - COLUMNS.minutes;
  const spans: Span[] = [
    { text: `${item.number}. ${item.title}`, style: { size: 9.5, bold: true, color: COLORS.navy } },
    { text: `\n${item.type}`, style: { size: 7.5, color: COLORS.text3 } },
  ];
  spans.push({
    text:
      item.activities.length > 0
        ? pen.words.liveActivities(item.activities.join(', '))
        : pen.words.notRunLive,
    style: { size: 7.5, color: COLORS.text3 },
  });
  spans.push(
    item.notes
      ? { text: `\n${item.notes}`, style: TEXT.body }
      : { text: `\n${pen.words.noNotes}`, style: { size: 8.5, color: COLORS.text3 } },
  );
  return tableRow(
    `item-${item.number}`,
    [
      textCell(
        pen,
        { text: `${item.start}–${item.end}`, style: { size: 9.5, bold: true, color: COLORS.navy } },
        COLUMNS.time,
        { padRight: 8 },
      ),
      textCell(
        pen,
        { text: pen.words.minutes(item.minutes), style: { size: 9, color: COLORS.text2 } },
        COLUMNS.minutes,
        {
          padRight: 8,
        },
      ),
      textCell(pen, spans, text),
    ],
    { header, padY: 6 },
  );
}

function agendaBlocks(pen: Pen, sheet: RunSheet, width: number): Block[] {
  const header = tableHeader(pen, 'agenda-th', [
    { label: sheet.clock ? pen.words.time : pen.words.fromStart, width: COLUMNS.time },
    { label: pen.words.length, width: COLUMNS.minutes },
    { label: pen.words.agendaColumn, width: width - COLUMNS.time - COLUMNS.minutes },
  ]);
  const lead = sheet.clock
    ? null
    : textBlock(pen, 'agenda-relative', { text: pen.words.noStartTime, style: TEXT.small }, width, {
        below: 6,
        lineHeight: LEADING.small,
      });
  const blocks: Block[] = [
    stack(
      'agenda-h',
      [heading(pen, 'agenda-title', pen.words.agenda, width, 20), ...(lead ? [lead] : [])],
      true,
    ),
    { ...header, keepWithNext: true },
  ];
  if (sheet.items.length === 0)
    blocks.push(textBlock(pen, 'agenda-empty', { text: pen.words.agendaEmpty, style: TEXT.body }, width));
  for (const item of sheet.items) blocks.push(itemRow(pen, item, width, header));
  return blocks;
}

function runningHeadAndFoot(
  pen: Pen,
  sheet: RunSheet,
  page: { width: number; height: number; number: number; total: number },
) {
  const width = page.width - 2 * MARGIN.x;
  const number = pen.typeset(
    { text: pen.words.pageOf(page.number, page.total), style: TEXT.running },
    width,
    {
      align: 'right',
    },
  );
  const left = pen.typeset(
    { text: `${pen.words.runSheetTitle} · ${sheet.workshopName}`, style: TEXT.running },
    width - number.width - 16,
    { maxLines: 1 },
  );
  const top = page.height - 28 - number.height;
  pen.text(left, MARGIN.x, top);
  pen.text(number, MARGIN.x, top);
}

/** Renders the run sheet to PDF bytes, tagged like the plan; the same in Node and in the browser. */
export async function renderRunSheetPdf(
  sheet: RunSheet,
  fonts: PlanFontBytes,
  colorProfile: Uint8Array,
): Promise<Uint8Array> {
  const [pageWidth, pageHeight] = PAGE_SIZE[sheet.paper];
  const words = planWords(sheet.language);
  const pen = new Pen(
    { regular: fonts.regular, bold: fonts.bold, cjk: needsCjkFont(sheet) ? fonts.cjk : undefined },
    {
      title: `${words.runSheetTitle} — ${sheet.workshopName}`,
      author: sheet.facilitator || undefined,
      subject: words.runSheetSubject,
      language: sheet.language,
    },
    [pageWidth, pageHeight],
    {
      colorProfile,
      attachment: {
        name: runSheetFileName({ name: sheet.workshopName }).replace(/\.pdf$/, '.csv'),
        description: words.runSheetCsv,
        mimeType: 'text/csv',
        bytes: new TextEncoder().encode(runSheetCsv(sheet)),
      },
    },
  );
  const width = pageWidth - 2 * MARGIN.x;
  const contentHeight = pageHeight - MARGIN.top - MARGIN.bottom;
  const head = masthead(pen, sheet, width);
  const pages = packFlow(
    [...joinBlocks(pen, sheet, width), ...agendaBlocks(pen, sheet, width)],
    contentHeight,
    contentHeight - head.height,
  );
  pages[0]!.unshift(head);
  drawPages(pen, pages, (page) =>
    runningHeadAndFoot(pen, sheet, { width: pageWidth, height: pageHeight, ...page }),
  );
  return pen.finish();
}
