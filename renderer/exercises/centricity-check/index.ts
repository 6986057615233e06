import { answeredOf, plural } from '../toolStatus';
import type { ExerciseViews } from '../types';
import { CentricityResults } from './CentricityResults';
import { CentricityCheckEditor } from './Editor';
import { CentricityOutcome } from './Outcome';

export const centricityCheckViews: ExerciseViews<'centricity-check'> = {
  Editor: CentricityCheckEditor,
  Outcome: CentricityOutcome,
  tool: {
    label: 'Centricity results',
    title: 'results',
    tip: 'The room’s scores, compared with this organisation’s earlier workshops.',
    input: 'scores',
    board: false,
    state(workshop, exercise) {
      const answered = answeredOf(workshop, exercise.id);
      return { hasData: answered > 0, status: `${plural(answered, 'person', 'people')} answered` };
    },
    View: CentricityResults,
  },
};
