import type { ExerciseType } from '../../../shared/exercises';
import type { InitiativeCandidate, PlanPart } from '../../../shared/plan';
import { describeSource } from '../../../shared/plan/initiatives';
import { findResult } from '../../../shared/plan/results';
import { planWords, type PlanWords } from '../../../shared/plan/words';
import type { InitiativeSource } from '../../../shared/workshop/initiative';
import type { Workshop } from '../../../shared/workshop/schema';
import { burdenLabel, currentLanguage, formatOneDecimal, intlLocale, t } from '../../i18n';

/*
 * The plan's shared wording (shared/plan/words) is written for the workshop's language, for the
 * PDF; the console shows the same phrases in the console's language.
 */
const consolePlanWords = (): PlanWords => planWords(currentLanguage());

/** Where an initiative came from, in the console's language ("Journey hot spot: worry at Billing"). */
export const sourceLabel = (workshop: Workshop, source: InitiativeSource): string =>
  describeSource(workshop, source, consolePlanWords());

/** The prompt beside a symbolic initiative: tie it to how people are hired, measured or rewarded. */
export const moveRightPrompt = (): string => consolePlanWords().moveRightPrompt;

/** "a, b and c": the parts of the plan built on practice answers. */
export const practicePartsList = (parts: readonly PlanPart[]): string =>
  new Intl.ListFormat(intlLocale(), { type: 'conjunction' }).format(
    parts.map((part) => consolePlanWords().practiceParts[part]),
  );

/** The heading over an exercise type's initiative candidates; only these types offer any. */
export const candidateHeading = (origin: ExerciseType, fallback: string): string =>
  (
    ({
      'push-pull': t('plan.candidates.pushPull'),
      simplify: t('plan.candidates.simplify'),
      'burden-journey': t('plan.candidates.journey'),
    }) as Partial<Record<ExerciseType, string>>
  )[origin] ?? fallback;

/** Why a candidate is offered ("Placed in Pull: customers ask for it", "Worry at Billing: 2.6 of 3"). */
export function candidateReason(candidate: InitiativeCandidate, workshop: Workshop): string {
  const source = candidate.source;
  const exercise =
    'exerciseId' in source ? workshop.agenda.find((e) => e.id === source.exerciseId) : undefined;
  switch (source.type) {
    case 'push-pull':
      return exercise?.type === 'push-pull' && !Object.hasOwn(exercise.placements, source.cardId)
        ? t('plan.reason.pullByVotes')
        : t('plan.reason.placedInPull');
    case 'simplify':
      return source.decision === 'retire' ? t('plan.reason.retire') : t('plan.reason.simplify');
    case 'journey': {
      const stage =
        exercise?.type === 'burden-journey'
          ? exercise.stages.find((s) => s.id === source.stageId)
          : undefined;
      const mean = findResult(workshop, source.exerciseId, 'journey-heatmap')?.tally.stages.find(
        (s) => s.id === source.stageId,
      )?.burdens[source.burden]?.mean;
      if (!stage || typeof mean !== 'number') return candidate.reason;
      return t('plan.reason.hotSpot', {
        burden: burdenLabel(source.burden),
        stage: stage.name,
        mean: formatOneDecimal(mean),
      });
    }
    default:
      return candidate.reason;
  }
}
