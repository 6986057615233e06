// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useMemo } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PushPull } from '../../../shared/exercises/push-pull/schema';
import { findExercise, newWorkshop, type Workshop } from '../../../shared/workshop/schema';
import { ToastProvider } from '../../ui/Toasts';
import { workshops } from '../db';
import { useWorkshop } from '../state/useWorkshop';
import { WorkshopHistoryContext } from '../state/workshopHistory';
import { PushPullBoard } from '../../exercises/push-pull/Board';

afterEach(cleanup);

/** The workshop screen's wiring: one history, the header's Undo and Redo, and the board. */
function Screen({ id, exerciseId }: { id: string; exerciseId: string }) {
  const { workshop, update, undo, redo, undoStep, redoStep, save } = useWorkshop(id);
  const history = useMemo(() => ({ undo, redo, undoStep, redoStep }), [undo, redo, undoStep, redoStep]);
  if (!workshop) return null;
  return (
    <WorkshopHistoryContext.Provider value={history}>
      <button onClick={undo} disabled={!undoStep}>
        Header undo
      </button>
      <button onClick={redo} disabled={!redoStep}>
        Header redo
      </button>
      <button onClick={() => update((w) => ({ ...w, name: 'Renamed' }), { label: 'rename' })}>Rename</button>
      <output data-testid="save">{save.state}</output>
      <PushPullBoard workshop={workshop} update={update} exerciseId={exerciseId} />
    </WorkshopHistoryContext.Provider>
  );
}

const threshold = (w: Workshop | undefined) => (findExercise(w!, 'push-pull') as PushPull).contestedThreshold;

describe("the board's Undo", () => {
  it('is the workshop undo: one step, which Ctrl+Z does not replay and Redo makes again', async () => {
    const workshop = newWorkshop('Board undo');
    await workshops.put(workshop);
    const exerciseId = findExercise(workshop, 'push-pull')!.id;
    render(
      <ToastProvider>
        <Screen id={workshop.id} exerciseId={exerciseId} />
      </ToastProvider>,
    );
    const field = await screen.findByLabelText<HTMLInputElement>(/Contested below/);
    const boardUndo = () => screen.getByRole('button', { name: /^↶ Undo/ });
    expect(boardUndo()).toHaveProperty('disabled', true);

    fireEvent.change(field, { target: { value: '7' } });
    fireEvent.change(field, { target: { value: '70' } });
    fireEvent.blur(field);
    expect(boardUndo().textContent).toBe('↶ Undo change of the threshold');

    fireEvent.click(boardUndo());
    expect(field.value).toBe('65');
    // Nothing left to undo: the board's Undo wrote no step of its own for Ctrl+Z to put back.
    expect(screen.getByRole('button', { name: 'Header undo' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: 'Header redo' }));
    expect(field.value).toBe('70');

    // A step made elsewhere is the header's to undo, not the board's.
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    expect(boardUndo()).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: 'Header undo' }));
    expect(boardUndo().textContent).toBe('↶ Undo change of the threshold');

    await act(() => screen.findByText('saved'));
    expect(threshold(await workshops.get(workshop.id))).toBe(70);
  });
});
