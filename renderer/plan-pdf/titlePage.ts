import { BAND_LABELS, BANDS } from '../../shared/continuum';
import type { ActionPlan } from '../../shared/plan/types';
import type { Pen } from './pen';
import { practiceCover } from './practiceNotice';
import type { TextBox } from './typeset';
import { BAND_INK, COLORS, MARGIN } from './theme';

export const PLAN_TITLE = 'Customer-centricity action plan';

/** The cover: what the plan is, for whom, and how many initiatives sit in each band. */
export function drawTitlePage(
  pen: Pen,
  plan: ActionPlan,
  counts: Record<string, number>,
  page: { width: number; height: number },
): void {
  const t = plan.title;
  const width = page.width - 2 * MARGIN.x;
  const x = MARGIN.x;
  pen.rect(0, 0, page.width, 10, COLORS.navy);

  // The middle column, top to bottom: each entry is its height and how to draw it.
  const column: Array<{ height: number; draw: (y: number) => void }> = [];
  const text = (box: TextBox, above = 0, left = x) =>
    column.push({ height: above + box.height, draw: (y) => pen.text(box, left, y + above) });

  text(
    pen.typeset(
      {
        text: PLAN_TITLE.toUpperCase(),
        style: { size: 9, bold: true, color: COLORS.teal, letterSpacing: 2 },
      },
      width,
    ),
  );
  text(
    pen.typeset(
      { text: t.workshopName, style: { size: 28, bold: true, color: COLORS.navy } },
      Math.min(430, width),
      {
        lineHeight: 1.15,
      },
    ),
    14,
  );
  if (t.organisation)
    text(pen.typeset({ text: t.organisation, style: { size: 15, color: COLORS.text2 } }, width), 10);
  column.push({ height: 26 + 2 + 22, draw: (y) => pen.rect(x, y + 26, 56, 2, COLORS.teal) });

  const facts: Array<[string, string]> = [
    ['Date', t.dateLabel || '—'],
    ['Facilitator', t.facilitator || '—'],
    ['Participants', t.participants === null ? '—' : String(t.participants)],
    ['Initiatives', String(t.initiativeCount)],
  ];
  const factBoxes = facts.map(([label, value]) => {
    const l = pen.typeset(
      { text: label.toUpperCase(), style: { size: 7, bold: true, color: COLORS.text3, letterSpacing: 0.8 } },
      160,
    );
    const v = pen.typeset({ text: value, style: { size: 11, color: COLORS.navy } }, 160);
    return { l, v, width: Math.max(l.width, v.width) };
  });
  column.push({
    height: Math.max(...factBoxes.map((f) => f.l.height + 2 + f.v.height)),
    draw: (y) => {
      let left = x;
      for (const f of factBoxes) {
        pen.text(f.l, left, y);
        pen.text(f.v, left, y + f.l.height + 2);
        left += f.width + 28;
      }
    },
  });

  const bands = [...BANDS, 'unplaced' as const];
  const bandWidth = (width - 10 * (bands.length - 1)) / bands.length;
  const bandBoxes = bands.map((band) => ({
    band,
    count: pen.typeset(
      { text: String(counts[band] ?? 0), style: { size: 18, bold: true, color: COLORS.navy } },
      bandWidth,
      {
        lineHeight: 1.2,
      },
    ),
    label: pen.typeset(
      {
        text: band === 'unplaced' ? 'Not placed yet' : BAND_LABELS[band],
        style: { size: 7.5, color: COLORS.text2 },
      },
      bandWidth,
    ),
  }));
  column.push({
    height: 34 + Math.max(...bandBoxes.map((b) => 2 + 5 + b.count.height + 2 + b.label.height)),
    draw: (y) => {
      bandBoxes.forEach((b, k) => {
        const left = x + k * (bandWidth + 10);
        pen.rect(left, y + 34, bandWidth, 2, b.band === 'unplaced' ? COLORS.rule : BAND_INK[b.band]);
        pen.text(b.count, left, y + 34 + 7);
        pen.text(b.label, left, y + 34 + 7 + b.count.height + 2);
      });
    },
  });

  if (plan.practice.length > 0) {
    const notice = practiceCover(pen, plan.practice, width);
    column.push({ height: 30 + notice.height, draw: (y) => notice.draw(pen, x, y + 30) });
  }

  const footStyle = { size: 7.5, color: COLORS.text3 };
  const made = pen.typeset({ text: 'Made with Outside-In', style: footStyle }, width, { align: 'right' });
  const note = pen.typeset(
    {
      text: 'Every initiative placed on the line from symbolic to substantive, with an owner and a next step.',
      style: footStyle,
    },
    width - made.lines[0]!.width - 16,
  );
  const footTop = page.height - 40 - Math.max(note.height, made.height);
  pen.text(note, x, footTop);
  pen.text(made, x, footTop);

  // Centred between the bar and the foot, lifted a little (80 pt) as a cover's optical centre.
  const height = column.reduce((h, c) => h + c.height, 0);
  let y = 10 + Math.max(0, (footTop - 10 - 80 - height) / 2);
  for (const c of column) {
    c.draw(y);
    y += c.height;
  }
}
