import { lazy } from 'react';
import { findResult } from '../../../shared/plan/results';
import { t } from '../../i18n';
import type { ExerciseViews } from '../types';

export const definitionViews: ExerciseViews<'definition'> = {
  Editor: lazy(() => import('./Editor').then((m) => ({ default: m.DefinitionEditor }))),
  tool: {
    // Getters: the words are read when shown, in the console's language of the moment.
    get label() {
      return t('session.tool.definition.label');
    },
    get title() {
      return t('session.tool.definition.title');
    },
    get tip() {
      return t('session.tool.definition.tip');
    },
    input: 'statements',
    board: false,
    state(workshop, exercise) {
      const result = findResult(workshop, exercise.id, 'open-text')?.tally ?? null;
      const written = !!(exercise.definition.means.trim() || exercise.definition.notMeans.trim());
      const statements = result?.statements ?? 0;
      return {
        hasData: statements > 0 || written,
        status: t('session.tool.definition.status', { statements, written: written ? 'yes' : 'no' }),
      };
    },
    View: lazy(() => import('./DefinitionTool').then((m) => ({ default: m.DefinitionTool }))),
  },
};
