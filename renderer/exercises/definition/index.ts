import { lazy } from 'react';
import { findResult } from '../../../shared/plan/results';
import { plural } from '../toolStatus';
import type { ExerciseViews } from '../types';

export const definitionViews: ExerciseViews<'definition'> = {
  Editor: lazy(() => import('./Editor').then((m) => ({ default: m.DefinitionEditor }))),
  tool: {
    label: 'Curate definition',
    title: 'definition',
    tip: 'Tick statements that say the same to merge them; click a top statement to insert it.',
    input: 'statements',
    board: false,
    state(workshop, exercise) {
      const result = findResult(workshop, exercise.id, 'open-text')?.tally ?? null;
      const written = !!(exercise.definition.means.trim() || exercise.definition.notMeans.trim());
      const statements = result?.statements ?? 0;
      return {
        hasData: statements > 0 || written,
        status: `${plural(statements, 'statement')} · ${written ? 'definition written' : 'definition not written yet'}`,
      };
    },
    View: lazy(() => import('./DefinitionTool').then((m) => ({ default: m.DefinitionTool }))),
  },
};
