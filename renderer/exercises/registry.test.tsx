// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { planWorkshop } from '../../test/fixtures/planWorkshop';
import { EXERCISES } from '../../shared/exercises/registry';
import { EXERCISE_TEMPLATES } from '../../shared/exercises';
import { outcomeOf } from '../../shared/outcomes';
import { buildPlan } from '../../shared/plan/buildPlan';
import { newWorkshop, type Workshop } from '../../shared/workshop/schema';
import { ToastProvider } from '../ui/Toasts';
import { ViewBoundary } from '../activities/ViewBoundary';
import { loadLanguage } from '../i18n';
import { OUTCOME_VIEW_OF, OUTCOME_VIEWS } from './outcomeViews';
import { EXERCISE_VIEWS, viewsOf } from './registry';

afterEach(cleanup);

const fixture = planWorkshop();
/** A new workshop with every type on its agenda, those a new workshop leaves out added at the end. */
const everyType = (): Workshop => {
  const w = newWorkshop('x');
  const added = EXERCISE_TEMPLATES.filter((t) => !t.onNewAgenda).map((t) => t.create());
  return { ...w, agenda: [...w.agenda, ...added] };
};
const exerciseOf = (w: Workshop, type: string) => w.agenda.find((e) => e.type === type)!;
const types = Object.keys(EXERCISES) as Array<keyof typeof EXERCISES>;
/** Waits for a lazy view to arrive, and says what it shows. */
async function shown(container: HTMLElement): Promise<string> {
  await waitFor(() => expect(container.querySelector('.view-loading')).toBeNull(), { timeout: 10_000 });
  expect(container.querySelector('.view-error')).toBeNull();
  return container.textContent?.trim() ?? '';
}

// A type without its views does not compile: the registry is typed over every exercise type.
const { simplify: _left, ...withoutOne } = EXERCISE_VIEWS;
// @ts-expect-error simplify has no views here
const incomplete: typeof EXERCISE_VIEWS = withoutOne;
void incomplete;

describe('the renderer’s exercise registry', () => {
  it('has views for exactly the registered exercise types', () => {
    expect(Object.keys(EXERCISE_VIEWS).sort()).toEqual([...types].sort());
    expect(Object.keys(OUTCOME_VIEWS).sort()).toEqual([...types].sort());
  });

  describe.each(types)('%s', (type) => {
    const views = viewsOf(type);

    it('renders its editor on a new exercise', async () => {
      const workshop = everyType();
      const { container } = render(
        <ToastProvider>
          <ViewBoundary>
            <views.Editor
              exercise={exerciseOf(workshop, type)}
              workshop={workshop}
              onChange={() => undefined}
              update={() => undefined}
            />
          </ViewBoundary>
        </ToastProvider>,
      );
      expect(await shown(container)).not.toBe('');
    });

    it('renders its outcome from the plan', async () => {
      const outcome = outcomeOf(buildPlan(fixture, { paper: 'A4' }), fixture, exerciseOf(fixture, type));
      // A new exercise: give it results in test/fixtures/planWorkshop.ts.
      expect(outcome).not.toBeNull();
      const Outcome = OUTCOME_VIEW_OF[type];
      const { container } = render(
        <ViewBoundary>
          <Outcome outcome={outcome!} />
        </ViewBoundary>,
      );
      expect(await shown(container)).not.toBe('');
    });

    it('words its result tool, closed before any answer and open on the room’s results', async () => {
      const { tool } = views;
      if (!tool) return;
      for (const words of [tool.label, tool.title, tool.input]) expect(words.trim()).not.toBe('');
      const fresh = everyType();
      expect(tool.state(fresh, exerciseOf(fresh, type)).hasData).toBe(false);
      const state = tool.state(fixture, exerciseOf(fixture, type));
      expect(state.hasData).toBe(true);
      expect(state.status.trim()).not.toBe('');
      const { container } = render(
        <ToastProvider>
          <ViewBoundary>
            <tool.View exercise={exerciseOf(fixture, type)} workshop={fixture} update={() => undefined} />
          </ViewBoundary>
        </ToastProvider>,
      );
      expect(await shown(container)).not.toBe('');
    });
  });
});

describe('the result tools’ words', () => {
  afterEach(() => loadLanguage('en'));

  it('follow the console’s language, read when shown', async () => {
    const tool = viewsOf('burden-journey').tool!;
    const exercise = exerciseOf(fixture, 'burden-journey');
    expect(tool.label).toBe('Journey hot spots');
    const english = tool.state(fixture, exercise).status;
    expect(english).toMatch(/^\d+ (person|people) rated the journey$/);
    await loadLanguage('de');
    expect(tool.label).toBe('Brennpunkte der Customer Journey');
    expect(tool.state(fixture, exercise).status).toMatch(
      /^\d+ (Person hat|Personen haben) die Journey bewertet$/,
    );
  });
});
