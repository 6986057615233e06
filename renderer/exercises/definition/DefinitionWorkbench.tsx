import type { ReactNode } from 'react';
import type { Definition } from '../../../shared/exercises/definition/schema';
import { curateStatements, DEFINITION_LISTS } from '../../../shared/exercises/definition/curation';
import { findResult } from '../../../shared/plan/results';
import type { Workshop } from '../../../shared/workshop/schema';
import { t } from '../../i18n';
import { DefinitionCuration } from './DefinitionCuration';
import { DefinitionWriter } from './DefinitionWriter';
import './definition.css';

/**
 * The room's statements to curate and the team's definition written from them: the same under
 * Prepare and over Run live.
 */
export function DefinitionWorkbench({
  exercise,
  workshop,
  onChange,
  empty,
  writerHint,
}: {
  exercise: Definition;
  workshop: Workshop;
  /** `coalesce` names the field being typed in, so typing is one undo step. */
  onChange: (exercise: Definition, coalesce?: string) => void;
  /** What shows before the room has written anything. */
  empty: ReactNode;
  writerHint?: ReactNode;
}) {
  const found = findResult(workshop, exercise.id, 'open-text');
  const lists = curateStatements(DEFINITION_LISTS, found?.tally ?? null, exercise.curation);
  return (
    <>
      <section className="editor-section" aria-label={t('boards.definition.statements')}>
        <h3>
          {t('boards.definition.statements')}{' '}
          {found ? (
            <span className="badge">
              {t('boards.definition.fromWriters', {
                statements: found.tally.statements,
                writers: found.tally.writers,
              })}
            </span>
          ) : null}
        </h3>
        {found ? (
          <DefinitionCuration
            exercise={exercise}
            lists={lists}
            labels={[exercise.meansPrompt, exercise.notMeansPrompt]}
            onChange={(e) => onChange(e)}
            practice={found.practice}
          />
        ) : (
          empty
        )}
      </section>
      <section className="editor-section" aria-label={t('boards.definition.team')}>
        <h3>{t('boards.definition.team')}</h3>
        {writerHint}
        <DefinitionWriter exercise={exercise} lists={lists} onChange={onChange} />
      </section>
    </>
  );
}
