import { describe, expect, it } from 'vitest';
import { buildRunSheet, runSheetCsv } from './runSheet';
import { newWorkshop } from './schema';

describe('the run sheet in the plan’s language', () => {
  it('names exercise types and activity kinds, and heads its CSV, in German for a German workshop', () => {
    const sheet = buildRunSheet(newWorkshop('Kundentag', 0, 'de'), 'A4');
    expect(sheet.items[0]!.type).toBe('Kundenorientierungs-Check');
    expect(sheet.items[0]!.activities[0]).toMatch(/\(Skalenfrage\)$/);
    const header = runSheetCsv(sheet)
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0];
    expect(header).toBe('#,Ab Beginn,Ende,Minuten,Übung,Art,Live-Aktivitäten,Notizen');
  });

  it('keeps them in English for an English workshop', () => {
    const sheet = buildRunSheet(newWorkshop('Customer day', 0), 'A4');
    expect(sheet.items[0]!.type).toBe('Centricity check');
    expect(runSheetCsv(sheet)).toContain('#,From start,End,Minutes,Exercise,Type,Live activities,Notes');
  });
});
