import { describe, expect, it } from 'vitest';
import { runSheetFileName } from '../workshop/runSheet';
import { fileNameBase, planFileName } from './fileName';

describe('exported file names', () => {
  it('name the plan and the run sheet in the plan’s language', () => {
    expect(planFileName({ name: 'Acme kickoff' }, 'pdf')).toBe('Acme kickoff – action plan.pdf');
    expect(planFileName({ name: 'Kundentag', language: 'de' }, 'csv')).toBe('Kundentag – Aktionsplan.csv');
    expect(runSheetFileName({ name: 'Kundentag', language: 'de' })).toBe('Kundentag – Ablaufplan.pdf');
    expect(runSheetFileName({ name: 'Journée client', language: 'fr' })).toBe('Journée client – déroulé.pdf');
    // Arabic rooms get the English plan, and so its English name.
    expect(planFileName({ name: 'Dubai', language: 'ar' }, 'pdf')).toBe('Dubai – action plan.pdf');
  });

  it('keeps a name every OS accepts', () => {
    expect(fileNameBase({ name: 'Q3: "North/South" <kickoff>' })).toBe('Q3 North South kickoff');
    expect(fileNameBase({ name: '  ' })).toBe('Workshop');
  });
});
