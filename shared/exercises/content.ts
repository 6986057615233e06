import type { OpenTextWording } from '../activities/openTextWords';
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
}

/** Every room language: a language without its wording does not compile. */
const CONTENT: Record<Language, ExerciseContent> = { en, de, fr, es, nl, 'pt-BR': ptBR, ar };

/** The exercise wording in this language; English for a workshop from before languages. */
export function contentIn(language: Language | undefined): ExerciseContent {
  return CONTENT[language ?? 'en'];
}
