import type { Definition } from '../../../shared/exercises/definition/schema';
import { withExercise } from '../../console/boards/withExercise';
import { t } from '../../i18n';
import type { ToolProps } from '../types';
import { DefinitionWorkbench } from './DefinitionWorkbench';

/** The same curation and writing as under Prepare, for the room's statements. */
export function DefinitionTool({ exercise, workshop, update }: ToolProps<'definition'>) {
  // Typing in one field is one undo step, as in the exercise editor.
  const change = (changed: Definition, coalesce?: string) =>
    update((w) => withExercise(w, changed), {
      coalesce: coalesce && `${changed.id}.${coalesce}`,
      label: t('boards.definition.editStep'),
    });
  return (
    <DefinitionWorkbench
      exercise={exercise}
      workshop={workshop}
      onChange={change}
      empty={<p className="muted">{t('boards.definition.noStatements')}</p>}
    />
  );
}
