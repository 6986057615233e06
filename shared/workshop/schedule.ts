import { z } from 'zod';

/**
 * The workshop's timing: when each agenda item is planned to start and end, and, live, how far
 * ahead or behind the day runs. Times are minutes after midnight (local) when the workshop has a
 * planned start; without one, minutes after the start of the day (0), anchored live to the session.
 */

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A local time of day, 24-hour "HH:MM". */
export const plannedStartSchema = z
  .string()
  .regex(CLOCK, 'a time of day as HH:MM on the 24-hour clock, e.g. 09:30');

const MINUTES_PER_DAY = 24 * 60;
const MS_PER_MINUTE = 60_000;

/** Minutes after midnight of an "HH:MM" time; null when it is not one. */
export function minuteOfDay(time: string): number | null {
  const match = CLOCK.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** "HH:MM" of a minute after midnight, rounded down; past midnight it wraps to the next day's clock. */
export function clockTime(minute: number): string {
  const whole = ((Math.floor(minute) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}

/** "1 h 05 min", "45 min": a duration in whole minutes. */
export function durationText(minutes: number): string {
  const whole = Math.round(minutes);
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  if (!h) return `${m} min`;
  return m ? `${h} h ${String(m).padStart(2, '0')} min` : `${h} h`;
}

export interface ScheduledItem {
  exerciseId: string;
  title: string;
  minutes: number;
  start: number;
  end: number;
}

export interface Schedule {
  /** True when the times are clock times (the workshop has a planned start). */
  clock: boolean;
  items: ScheduledItem[];
  start: number;
  end: number;
}

/** Each agenda item's planned start and end: one after the other, from the planned start (or 0). */
export function plannedSchedule(
  agenda: ReadonlyArray<{ id: string; title: string; minutes: number }>,
  plannedStart?: string,
): Schedule {
  const first = plannedStart === undefined ? null : minuteOfDay(plannedStart);
  const start = first ?? 0;
  let at = start;
  const items = agenda.map((exercise) => {
    const item = {
      exerciseId: exercise.id,
      title: exercise.title,
      minutes: exercise.minutes,
      start: at,
      end: 0,
    };
    at += exercise.minutes;
    item.end = at;
    return item;
  });
  return { clock: first !== null, items, start, end: at };
}

/** The console saw this exercise become the current one at `at` (ms). */
export interface Move {
  exerciseId: string;
  at: number;
}

/** The moves with one more: only when the current exercise changes, so a repeated state is no move. */
export function withMove(moves: readonly Move[], exerciseId: string, at: number): readonly Move[] {
  return moves.at(-1)?.exerciseId === exerciseId ? moves : [...moves, { exerciseId, at }];
}

/** Where the day stands on the current exercise: its planned and actual start, and the drift. */
export interface DayPace {
  exerciseId: string;
  plannedStart: number;
  plannedEnd: number;
  /** When the session first moved to it. */
  actualStart: number;
  now: number;
  /**
   * Minutes the day runs behind (negative: ahead): the earliest the current exercise can end
   * (its actual start plus its planned minutes, or now if that has passed) against its planned end.
   */
  behind: number;
  /** The planned end of the day, and when it will end at this pace. */
  plannedDayEnd: number;
  expectedDayEnd: number;
}

/**
 * The pace of the day from the session's moves, in clock minutes. `minuteOf` gives the minute
 * after local midnight of a moment in ms; later moments are counted from the first move, so a
 * session that runs past midnight keeps counting up. Without a planned start, the plan is taken to
 * begin so that the first exercise run started on time. Null before the session is on an agenda item.
 */
export function dayPace(
  schedule: Schedule,
  moves: readonly Move[],
  now: number,
  minuteOf: (ms: number) => number = localMinute,
): DayPace | null {
  const itemOf = (id: string) => schedule.items.find((i) => i.exerciseId === id);
  const onAgenda = moves.filter((m) => itemOf(m.exerciseId));
  const first = onAgenda[0];
  const last = onAgenda.at(-1);
  if (!first || !last) return null;
  const item = itemOf(last.exerciseId)!;
  const origin = minuteOf(first.at);
  const shift = schedule.clock ? 0 : origin - itemOf(first.exerciseId)!.start;
  const minute = (ms: number) => origin + (ms - first.at) / MS_PER_MINUTE;
  // The exercise started when the session first came to it, even if it went back and forth since.
  const actualStart = minute(onAgenda.find((m) => m.exerciseId === item.exerciseId)!.at);
  const nowMinute = minute(now);
  const plannedEnd = item.end + shift;
  const behind = Math.max(actualStart + item.minutes, nowMinute) - plannedEnd;
  return {
    exerciseId: item.exerciseId,
    plannedStart: item.start + shift,
    plannedEnd,
    actualStart,
    now: nowMinute,
    behind,
    plannedDayEnd: schedule.end + shift,
    expectedDayEnd: schedule.end + shift + behind,
  };
}

/** "12 min behind", "5 min ahead", "on time" (within a minute). */
export function paceText(behind: number): string {
  const minutes = Math.round(Math.abs(behind));
  if (minutes === 0) return 'on time';
  return `${durationText(minutes)} ${behind > 0 ? 'behind' : 'ahead'}`;
}

function localMinute(ms: number): number {
  const d = new Date(ms);
  return d.getHours() * 60 + d.getMinutes() + d.getSeconds() / 60 + d.getMilliseconds() / MS_PER_MINUTE;
}
