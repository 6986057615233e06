import { kindOf } from '../activities/registry';
import { activitiesOf } from '../exercises/activities';
import { templateOf } from '../exercises';
import { definitionOf } from '../exercises/registry';
import { csvText } from '../plan/csv';
import { fileNameBase } from '../plan/fileName';
import { dateLabel } from '../plan/format';
import { planLanguage } from '../plan/language';
import type { Paper } from '../plan/types';
import { clockTime, durationText, plannedSchedule } from './schedule';
import type { Workshop } from './schema';

/**
 * The facilitator’s run sheet: the agenda with its times, durations and presenter notes (how
 * participants join is in the plan words of its language). Printed for the day; never shown to the room.
 */
export interface RunSheet {
  paper: Paper;
  language: string;
  workshopName: string;
  organisation: string;
  dateLabel: string;
  facilitator: string;
  /** True when the times are clock times; otherwise they count from the start ("0:45"). */
  clock: boolean;
  /** "09:30–11:30 · 2 h", or "2 h" without a planned start. */
  span: string;
  items: RunSheetItem[];
}

export interface RunSheetItem {
  number: number;
  start: string;
  end: string;
  minutes: number;
  title: string;
  /** The exercise template's name ("Definition"). */
  type: string;
  /** What the room answers live, "title (kind)"; empty when it has nothing to vote on yet. */
  activities: string[];
  notes: string;
}

/** "0:45": minutes from the start, for an agenda without a planned start. */
function fromStart(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

export function buildRunSheet(workshop: Workshop, paper: Paper): RunSheet {
  const schedule = plannedSchedule(workshop.agenda, workshop.plannedStart);
  const time = schedule.clock ? clockTime : fromStart;
  const total = durationText(schedule.end - schedule.start);
  return {
    paper,
    language: planLanguage(workshop),
    workshopName: workshop.name,
    organisation: workshop.organisation,
    dateLabel: workshop.date ? dateLabel(workshop.date, planLanguage(workshop)) : '',
    facilitator: workshop.facilitator,
    clock: schedule.clock,
    span: schedule.clock ? `${time(schedule.start)}–${time(schedule.end)} · ${total}` : total,
    items: workshop.agenda.map((exercise, k) => {
      const item = schedule.items[k]!;
      return {
        number: k + 1,
        start: time(item.start),
        end: time(item.end),
        minutes: exercise.minutes,
        title: exercise.title,
        type: templateOf(exercise.type).name,
        activities: activitiesOf(exercise, workshop).map((a) => {
          const note = definitionOf(exercise.type).activityNotes?.(exercise, a.id)?.trim();
          return `${a.title} (${kindOf(a.kind)?.label ?? a.kind})${note ? ` — ${note}` : ''}`;
        }),
        notes: (exercise.notes ?? '').trim(),
      };
    }),
  };
}

/** The run sheet's agenda as a spreadsheet: carried inside the PDF. */
export function runSheetCsv(sheet: RunSheet): string {
  return csvText([
    [
      '#',
      sheet.clock ? 'Start' : 'From start',
      'End',
      'Minutes',
      'Exercise',
      'Type',
      'Live activities',
      'Notes',
    ],
    ...sheet.items.map((i) => [
      i.number,
      i.start,
      i.end,
      i.minutes,
      i.title,
      i.type,
      i.activities.join('; '),
      i.notes,
    ]),
  ]);
}

/** "Acme kickoff – run sheet.pdf". */
export function runSheetFileName(workshop: Pick<Workshop, 'name'>): string {
  return `${fileNameBase(workshop)} – run sheet.pdf`;
}
