import type { OpenTextWording } from '../activities/openTextWords';
import type { Burden } from '../burdens';
import type { Language } from '../languages';
import { ar } from './content/ar';
import { de } from './content/de';
import { en } from './content/en';
import { es } from './content/es';
import { fr } from './content/fr';
import { nl } from './content/nl';
import { ptBR } from './content/pt-BR';

/**
 * What a new exercise says, per language: written from the meaning of each exercise (docs: DOMAIN.md),
 * not word for word. Used when an exercise is created and for the wording its activities add; what
 * the facilitator typed is never translated.
 */
export interface ExerciseContent {
  centricity: {
    title: string;
    questions: readonly string[];
    departments: readonly string[];
    pollPrompt: string;
    notAtAll: string;
    completely: string;
    departmentsTitle: string;
    departmentsPrompt: string;
  };
  definition: { title: string; meansPrompt: string; notMeansPrompt: string; activityPrompt: string };
  journey: { title: string; prompt: string; stages: readonly string[] };
  pushPull: {
    title: string;
    prompt: string;
    push: string;
    pull: string;
    unsure: string;
    proposeTitle: string;
    proposePrompt: string;
    proposalList: string;
    proposalWording: OpenTextWording;
  };
  simplify: { title: string; prompt: string; valueAxis: string; burdenAxis: string };
  actionPlan: { title: string; prompt: string; votesTitle: string; votesPrompt: (dots: number) => string };
  /** What the app writes into a workshop by itself: titles it makes of what the room decided. */
  made: {
    untitledWorkshop: string;
    /** A duplicated workshop's name. */
    copyOf: (name: string) => string;
    newInitiative: string;
    /** Initiatives from the simplification board's decisions, named after the offering. */
    simplifyOffering: (offering: string) => string;
    retireOffering: (offering: string) => string;
    /** An initiative from a journey hot spot: lighten this burden at this stage. */
    cutBurden: (burden: Burden, stage: string) => string;
    /** Its description: how the room rated the cell (`mean` already formatted, of 3). */
    burdenRated: (burden: Burden, stage: string, mean: string, count: number) => string;
    /** A further round of the action plan's votes, on the phones and projector. */
    round: (title: string, round: number) => string;
  };
  /** A new own exercise and the questions added to it, until the facilitator words them. */
  own: {
    title: string;
    scaleTitle: string;
    choiceTitle: string;
    openTitle: string;
    dotsTitle: string;
    ratingTitle: string;
    ratingAcross: string;
    ratingUp: string;
    sortTitle: string;
    sortCategories: readonly [string, string];
  };
}

/** Every room language: a language without its wording does not compile. */
const CONTENT: Record<Language, ExerciseContent> = { en, de, fr, es, nl, 'pt-BR': ptBR, ar };

/** The exercise wording in this language; English for a workshop from before languages. */
export function contentIn(language: Language | undefined): ExerciseContent {
  return CONTENT[language ?? 'en'];
}
