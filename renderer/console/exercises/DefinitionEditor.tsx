import { curateStatements, DEFINITION_LISTS } from '../../../shared/exercises/definitionCuration';
import { findResult } from '../../../shared/plan/results';
import { TextField } from '../../ui/TextField';
import { DefinitionCuration } from '../definition/DefinitionCuration';
import { DefinitionWriter } from '../definition/DefinitionWriter';
import '../definition/definition.css';
import type { EditorProps } from './types';

export function DefinitionEditor({ exercise, onChange, workshop }: EditorProps<'definition'>) {
  const found = findResult(workshop, exercise.id, 'open-text');
  const lists = curateStatements(DEFINITION_LISTS, found?.tally ?? null, exercise.curation);
  const labels = [exercise.meansPrompt, exercise.notMeansPrompt];
  return (
    <>
      <section className="editor-section">
        <h3>Prompts</h3>
        <label className="field">
          <span>First list</span>
          <TextField
            required
            maxLength={200}
            value={exercise.meansPrompt}
            onCommit={(meansPrompt) => onChange({ ...exercise, meansPrompt }, 'meansPrompt')}
          />
        </label>
        <label className="field">
          <span>Second list</span>
          <TextField
            required
            maxLength={200}
            value={exercise.notMeansPrompt}
            onCommit={(notMeansPrompt) => onChange({ ...exercise, notMeansPrompt }, 'notMeansPrompt')}
          />
        </label>
      </section>
      <section className="editor-section" aria-label="Statements from the room">
        <h3>
          Statements from the room{' '}
          {found ? (
            <span className="badge">
              {found.tally.statements} from {found.tally.writers}{' '}
              {found.tally.writers === 1 ? 'person' : 'people'}
            </span>
          ) : null}
        </h3>
        {found ? (
          <DefinitionCuration
            exercise={exercise}
            lists={lists}
            labels={labels}
            onChange={(e) => onChange(e)}
            practice={found.practice}
          />
        ) : (
          <p className="muted">
            None yet: run the exercise live. Participants write statements and upvote each other’s; they
            appear here ranked, to merge and tidy.
          </p>
        )}
      </section>
      <section className="editor-section" aria-label="The team’s definition">
        <h3>The team’s definition</h3>
        <p className="muted">
          Write it from the top statements (click one to insert it); it opens the action plan.
        </p>
        <DefinitionWriter exercise={exercise} lists={lists} onChange={onChange} />
      </section>
    </>
  );
}
