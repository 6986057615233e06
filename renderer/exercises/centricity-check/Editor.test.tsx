// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CentricityCheck } from '../../../shared/exercises/centricity-check/schema';
import { contentIn } from '../../../shared/exercises/content';
import type { Language } from '../../../shared/languages';
import { findExercise, newWorkshop, type Workshop } from '../../../shared/workshop/schema';
import { CentricityCheckEditor } from './Editor';

afterEach(cleanup);

function Editor({ language }: { language?: Language }) {
  const [workshop, setWorkshop] = useState<Workshop>(() => newWorkshop('Check', Date.now(), language));
  const exercise = findExercise(workshop, 'centricity-check')!;
  const onChange = (changed: CentricityCheck) =>
    setWorkshop((w) => ({ ...w, agenda: w.agenda.map((e) => (e.id === changed.id ? changed : e)) }));
  return (
    <>
      <CentricityCheckEditor
        exercise={exercise}
        workshop={workshop}
        onChange={onChange}
        update={() => undefined}
      />
      <output data-testid="departments">{exercise.departments.join('|')}</output>
    </>
  );
}

describe('CentricityCheckEditor', () => {
  it('keeps the same department field while its name is typed', () => {
    render(<Editor />);
    const field = screen.getByLabelText('Department 1') as HTMLInputElement;
    field.focus();
    fireEvent.change(field, { target: { value: 'IT & Data' } });
    fireEvent.change(screen.getByLabelText('Department 1'), { target: { value: 'IT & Data team' } });
    expect(screen.getByLabelText('Department 1')).toBe(field);
    expect(screen.getByTestId('departments').textContent).toMatch(/^IT & Data team\|Finance\|/);
  });

  it('says there are no scores before the check has run', () => {
    render(<Editor />);
    expect(screen.getByText(/No scores yet: run the check live/)).toBeTruthy();
    expect(screen.getByText(/Not asked yet/)).toBeTruthy();
  });

  it('restores the usual questions in the workshop’s language', () => {
    const german = contentIn('de').centricity.questions;
    render(<Editor language="de" />);
    // A German check starts with the German questions: nothing to restore.
    expect(screen.queryByRole('button', { name: 'Use the four tough questions' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: `Remove ${german[0]}` }));
    fireEvent.click(screen.getByRole('button', { name: 'Use the four tough questions' }));
    expect((screen.getByLabelText('Question 1') as HTMLInputElement).value).toBe(german[0]);
    expect(screen.queryByRole('button', { name: 'Use the four tough questions' })).toBeNull();
  });
});
