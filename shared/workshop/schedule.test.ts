import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clockTime,
  dayPace,
  durationText,
  minuteOfDay,
  paceText,
  plannedSchedule,
  plannedStartSchema,
  withMove,
  type Move,
} from './schedule';

const MIDNIGHT = Date.UTC(2026, 11, 5);
/** The clock of these tests: UTC, so they do not depend on the machine's time zone. */
const utcMinute = (ms: number) => ((ms - MIDNIGHT) / 60_000) % 1440;
const at = (hhmm: string, plusMinutes = 0) => MIDNIGHT + (minuteOfDay(hhmm)! + plusMinutes) * 60_000;

const agenda = [
  { id: 'check', title: 'Centricity check', minutes: 10 },
  { id: 'definition', title: 'Definition', minutes: 15 },
  { id: 'journey', title: 'Burden journey', minutes: 20 },
];

const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const durations = fc.array(fc.integer({ min: 1, max: 240 }), { minLength: 1, maxLength: 12 });
const agendaOf = (minutes: number[]) =>
  minutes.map((m, i) => ({ id: `e${i}`, title: `Exercise ${i}`, minutes: m }));

describe('clock times', () => {
  it('reads and writes every time of day the same', () => {
    fc.assert(
      fc.property(clock, (t) => {
        expect(clockTime(minuteOfDay(t)!)).toBe(t);
      }),
    );
  });

  it('refuses what is not a 24-hour HH:MM time', () => {
    for (const bad of ['9:30', '24:00', '12:60', '12.30', '', '10:40 ']) {
      expect(minuteOfDay(bad)).toBeNull();
      expect(plannedStartSchema.safeParse(bad).success).toBe(false);
    }
    expect(plannedStartSchema.safeParse('09:30').success).toBe(true);
  });

  it('wraps past midnight and rounds down to the minute', () => {
    expect(clockTime(24 * 60 + 5)).toBe('00:05');
    expect(clockTime(10 * 60 + 40.9)).toBe('10:40');
    expect(clockTime(-10)).toBe('23:50');
  });

  it('words durations in hours and minutes', () => {
    expect(durationText(45)).toBe('45 min');
    expect(durationText(60)).toBe('1 h');
    expect(durationText(125)).toBe('2 h 05 min');
  });
});

describe('planned schedule', () => {
  it('starts each item where the one before ends, from the planned start', () => {
    fc.assert(
      fc.property(durations, clock, (minutes, start) => {
        const schedule = plannedSchedule(agendaOf(minutes), start);
        expect(schedule.clock).toBe(true);
        expect(schedule.items[0]!.start).toBe(minuteOfDay(start));
        schedule.items.forEach((item, i) => {
          expect(item.end - item.start).toBe(minutes[i]);
          if (i > 0) expect(item.start).toBe(schedule.items[i - 1]!.end);
        });
        expect(schedule.end - schedule.start).toBe(minutes.reduce((a, b) => a + b, 0));
      }),
    );
  });

  it('counts from 0 without a planned start', () => {
    const schedule = plannedSchedule(agenda);
    expect(schedule.clock).toBe(false);
    expect(schedule.items.map((i) => [i.start, i.end])).toEqual([
      [0, 10],
      [10, 25],
      [25, 45],
    ]);
  });

  it('gives the agenda its end times', () => {
    const schedule = plannedSchedule(agenda, '10:30');
    expect(schedule.items.map((i) => clockTime(i.end))).toEqual(['10:40', '10:55', '11:15']);
  });
});

describe('the pace of the day', () => {
  const schedule = plannedSchedule(agenda, '10:30');
  const pace = (moves: Move[], now: number) => dayPace(schedule, moves, now, utcMinute);

  it('is on time when each exercise starts when planned', () => {
    const moves = [
      { exerciseId: 'check', at: at('10:30') },
      { exerciseId: 'definition', at: at('10:40') },
    ];
    const p = pace(moves, at('10:45'))!;
    expect(clockTime(p.plannedStart)).toBe('10:40');
    expect(p.behind).toBe(0);
    expect(paceText(p.behind)).toBe('on time');
  });

  it('runs behind by how late the current exercise started', () => {
    const moves = [
      { exerciseId: 'check', at: at('10:30') },
      { exerciseId: 'definition', at: at('10:52') },
    ];
    const p = pace(moves, at('10:53'))!;
    expect(clockTime(p.plannedStart)).toBe('10:40');
    expect(clockTime(p.now)).toBe('10:53');
    expect(p.behind).toBe(12);
    expect(paceText(p.behind)).toBe('12 min behind');
    expect(clockTime(p.expectedDayEnd)).toBe('11:27');
  });

  it('runs ahead when an exercise starts early, and less so while it overruns', () => {
    const moves = [
      { exerciseId: 'check', at: at('10:30') },
      { exerciseId: 'definition', at: at('10:35') },
    ];
    expect(pace(moves, at('10:36'))!.behind).toBe(-5);
    expect(paceText(-5)).toBe('5 min ahead');
    // Planned to end 10:55; still on it at 10:58.
    expect(pace(moves, at('10:58'))!.behind).toBe(3);
  });

  it('keeps the first start of an exercise the session went back to', () => {
    const moves = [
      { exerciseId: 'check', at: at('10:30') },
      { exerciseId: 'definition', at: at('10:40') },
      { exerciseId: 'check', at: at('10:44') },
      { exerciseId: 'definition', at: at('10:46') },
    ];
    expect(pace(moves, at('10:47'))!.behind).toBe(0);
  });

  it('skips what is not on the agenda (a question added live)', () => {
    const moves = [
      { exerciseId: 'check', at: at('10:30') },
      { exerciseId: 'quick', at: at('10:38') },
    ];
    const p = pace(moves, at('10:39'))!;
    expect(p.exerciseId).toBe('check');
    expect(p.behind).toBe(0);
    expect(pace([{ exerciseId: 'quick', at: at('10:30') }], at('10:31'))).toBeNull();
  });

  it('without a planned start, takes the first exercise run as on time', () => {
    const relative = plannedSchedule(agenda);
    const moves = [
      { exerciseId: 'definition', at: at('14:00') },
      { exerciseId: 'journey', at: at('14:20') },
    ];
    const p = dayPace(relative, moves, at('14:21'), utcMinute)!;
    expect(clockTime(p.plannedStart)).toBe('14:15');
    expect(p.behind).toBe(5);
  });

  it('keeps counting past midnight', () => {
    const late = plannedSchedule(agenda, '23:50');
    const moves = [{ exerciseId: 'check', at: at('23:50') }];
    const p = dayPace(late, moves, at('23:50', 25), utcMinute)!;
    expect(p.behind).toBe(15);
    expect(clockTime(p.now)).toBe('00:15');
  });

  it('never counts the day as ahead of how late the current exercise started', () => {
    fc.assert(
      fc.property(
        durations,
        clock,
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: -120, max: 120 }),
        fc.integer({ min: 0, max: 600 }),
        (minutes, start, pick, lateBy, after) => {
          const s = plannedSchedule(agendaOf(minutes), start);
          const item = s.items[pick % s.items.length]!;
          const startedAt = MIDNIGHT + (item.start + lateBy) * 60_000;
          const p = dayPace(
            s,
            [{ exerciseId: item.exerciseId, at: startedAt }],
            startedAt + after * 60_000,
            (ms) => (ms === startedAt ? item.start + lateBy : NaN),
          )!;
          expect(p.behind).toBeCloseTo(Math.max(lateBy, lateBy + after - item.minutes), 9);
          expect(p.behind).toBeGreaterThanOrEqual(lateBy - 1e-9);
        },
      ),
    );
  });
});

describe('moves', () => {
  it('records a move only when the current exercise changes', () => {
    let moves = withMove([], 'check', 1);
    moves = withMove(moves, 'check', 2);
    moves = withMove(moves, 'definition', 3);
    expect(moves).toEqual([
      { exerciseId: 'check', at: 1 },
      { exerciseId: 'definition', at: 3 },
    ]);
  });
});
