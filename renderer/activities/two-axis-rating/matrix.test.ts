import { describe, expect, it } from 'vitest';
import type { RatingResult, TwoAxisRatingConfig } from '../../../shared/activities/twoAxisRating';
import { loadLanguage } from '../../i18n';
import { cornerBox, labelBox, layoutMatrix, VIEW } from './matrix';

const axes = {
  x: { label: 'Value to the customer', min: 1, max: 5 },
  y: { label: 'Burden on the customer', min: 1, max: 5 },
};

function rated(id: string, meanX: number, meanY: number, count = 10): RatingResult {
  return {
    id,
    count,
    meanX,
    meanY,
    spreadX: 0.5,
    spreadY: 0.8,
    basics: { yes: 1, no: 0, unsure: 0 },
    quadrant: null,
    failsBasics: false,
  };
}

const config = (names: string[]): TwoAxisRatingConfig => ({
  items: names.map((label, i) => ({ id: `o${i}`, label })),
  axes,
  basicsQuestion: true,
});

const overlap = (a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('layoutMatrix', () => {
  it('puts high value right and high burden up, splitting the quadrants at the midpoint 3', () => {
    const layout = layoutMatrix(config(['Keep me', 'Retire me']), {
      items: [rated('o0', 4.5, 1.5), rated('o1', 1.5, 4.5)],
    });
    const [keep, retire] = layout.dots;
    expect(keep!.cx).toBeGreaterThan(layout.midX);
    expect(keep!.cy).toBeGreaterThan(layout.midY); // low burden: below the middle (SVG y grows down)
    expect(retire!.cx).toBeLessThan(layout.midX);
    expect(retire!.cy).toBeLessThan(layout.midY);
    expect(layout.ticksX.find((t) => t.value === 3)!.at).toBeCloseTo(layout.midX);
  });

  it('draws more ratings as a bigger dot and leaves unrated offerings out', () => {
    const layout = layoutMatrix(config(['Few', 'Many', 'None']), {
      items: [
        rated('o0', 2, 2, 2),
        { ...rated('o1', 4, 4, 20), spreadX: 0.2, spreadY: 1 },
        { ...rated('o2', 3, 3, 0), meanX: null, meanY: null },
      ],
    });
    expect(layout.dots.map((d) => d.id)).toEqual(['o0', 'o1']);
    expect(layout.dots[1]!.r).toBeGreaterThan(layout.dots[0]!.r);
    expect(layout.dots[1]!.ry).toBeGreaterThan(layout.dots[1]!.rx); // the room agrees on value, not on burden
  });

  it('keeps names off each other, the dots and the quadrant names, even in a crowded corner', () => {
    const names = [
      'Home Broadband 100',
      'Home Broadband 500',
      'Home Broadband 1000',
      'TV Essentials',
      'Mobile SIM-only 10 GB',
      'Mobile SIM-only 50 GB',
      'Family data sharing',
      'Basic plan',
    ];
    for (const textScale of [1, 1.4]) {
      const layout = layoutMatrix(
        config(names),
        { items: names.map((_, i) => rated(`o${i}`, 4 + (i % 3) * 0.1, 1.4 + (i % 4) * 0.15)) },
        textScale,
      );
      const labels = layout.dots.map((d) => labelBox(d, textScale));
      const corners = layout.corners.map((c) => cornerBox(c, textScale));
      const dots = layout.dots.map((d) => ({
        x0: d.cx - d.r,
        x1: d.cx + d.r,
        y0: d.cy - d.r,
        y1: d.cy + d.r,
      }));
      labels.forEach((box, i) => {
        for (const other of labels.slice(i + 1)) expect(overlap(box, other)).toBe(false);
        for (const dot of dots) expect(overlap(box, dot)).toBe(false);
        for (const corner of corners) expect(overlap(box, corner)).toBe(false);
        expect(box.x0).toBeGreaterThanOrEqual(0);
        expect(box.x1).toBeLessThanOrEqual(VIEW.width);
      });
      // The quadrant names sit outside the plot, clear of each other.
      const [retire, simplify, question, keep] = corners as [
        (typeof labels)[0],
        (typeof labels)[0],
        (typeof labels)[0],
        (typeof labels)[0],
      ];
      expect(overlap(retire, simplify) || overlap(question, keep)).toBe(false);
      expect(retire.y1).toBeLessThanOrEqual(layout.plot.y0);
      expect(question.y0).toBeGreaterThan(layout.plot.y1 + 28);
    }
  });

  it('numbers the dots instead of naming them when asked, e.g. beside the board', () => {
    const layout = layoutMatrix(
      config(['A', 'B']),
      { items: [rated('o0', 2, 2), rated('o1', 4, 4)] },
      1,
      false,
    );
    expect(layout.named).toBe(false);
    expect(layout.dots.map((d) => d.number)).toEqual([1, 2]);
  });

  it('gives the corners their hints in English, names only where a language runs too long for them', async () => {
    const corners = () => layoutMatrix(config(['A']), { items: [rated('o0', 2, 2)] }).corners;
    const apart = (boxes: ReturnType<typeof cornerBox>[]) =>
      !overlap(boxes[0]!, boxes[1]!) && !overlap(boxes[2]!, boxes[3]!);
    try {
      await loadLanguage('en');
      expect(corners().every((c) => c.hint)).toBe(true);
      for (const language of ['de', 'en-XA'] as const) {
        await loadLanguage(language);
        expect(apart(corners().map((c) => cornerBox(c, 1)))).toBe(true);
        // With the hints, German and the pseudo-locale would run into each other.
        expect(apart(corners().map((c) => cornerBox({ ...c, hint: true }, 1)))).toBe(false);
      }
    } finally {
      await loadLanguage('en');
    }
  });
});
