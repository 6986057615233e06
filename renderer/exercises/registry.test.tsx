// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { planWorkshop } from '../../test/fixtures/planWorkshop';
import { EXERCISES } from '../../shared/exercises/registry';
import { outcomeOf } from '../../shared/outcomes';
import { buildPlan } from '../../shared/plan/buildPlan';
import { newWorkshop, type Workshop } from '../../shared/workshop/schema';
import { ToastProvider } from '../ui/Toasts';
import { EXERCISE_VIEWS, viewsOf } from './registry';

afterEach(cleanup);

const fixture = planWorkshop();
const exerciseOf = (w: Workshop, type: string) => w.agenda.find((e) => e.type === type)!;
const types = Object.keys(EXERCISES) as Array<keyof typeof EXERCISES>;

// A type without its views does not compile: the registry is typed over every exercise type.
const { simplify: _left, ...withoutOne } = EXERCISE_VIEWS;
// @ts-expect-error simplify has no views here
const incomplete: typeof EXERCISE_VIEWS = withoutOne;
void incomplete;

describe('the renderer’s exercise registry', () => {
  it('has views for exactly the registered exercise types', () => {
    expect(Object.keys(EXERCISE_VIEWS).sort()).toEqual([...types].sort());
  });

  describe.each(types)('%s', (type) => {
    const views = viewsOf(type);

    it('renders its editor on a new exercise', () => {
      const workshop = newWorkshop('x');
      const { container } = render(
        <ToastProvider>
          <views.Editor
            exercise={exerciseOf(workshop, type)}
            workshop={workshop}
            onChange={() => undefined}
            update={() => undefined}
          />
        </ToastProvider>,
      );
      expect(container.textContent?.trim()).not.toBe('');
    });

    it('renders its outcome from the plan', () => {
      const outcome = outcomeOf(buildPlan(fixture, { paper: 'A4' }), fixture, exerciseOf(fixture, type));
      expect(outcome).not.toBeNull();
      const { container } = render(<views.Outcome outcome={outcome!} />);
      expect(container.textContent?.trim()).not.toBe('');
    });

    it('words its result tool, closed before any answer and open on the room’s results', () => {
      const { tool } = views;
      if (!tool) return;
      for (const words of [tool.label, tool.title, tool.input]) expect(words.trim()).not.toBe('');
      const fresh = newWorkshop('x');
      expect(tool.state(fresh, exerciseOf(fresh, type)).hasData).toBe(false);
      const state = tool.state(fixture, exerciseOf(fixture, type));
      expect(state.hasData).toBe(true);
      expect(state.status.trim()).not.toBe('');
    });
  });
});
