import { findResult } from '../../../shared/plan/results';
import { answeredOf, plural } from '../toolStatus';
import type { ExerciseViews } from '../types';
import { BurdenJourneyEditor } from './Editor';
import { JourneyTool } from './JourneyTool';
import { JourneyOutcome } from './Outcome';

export const burdenJourneyViews: ExerciseViews<'burden-journey'> = {
  Editor: BurdenJourneyEditor,
  Outcome: JourneyOutcome,
  tool: {
    label: 'Journey hot spots',
    title: 'hot spots',
    tip: 'Click a cell or a hot spot to make it an initiative candidate. Ctrl+Z undoes.',
    input: 'ratings',
    board: false,
    state(workshop, exercise) {
      const answered = answeredOf(workshop, exercise.id);
      return {
        hasData: !!findResult(workshop, exercise.id, 'journey-heatmap') && answered > 0,
        status: `${plural(answered, 'person', 'people')} rated the journey`,
      };
    },
    View: JourneyTool,
  },
};
