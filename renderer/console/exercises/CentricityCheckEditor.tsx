import { newId } from '../../../shared/ids';
import { ListEditor } from './ListEditor';
import type { EditorProps } from './types';

export function CentricityCheckEditor({ exercise, onChange }: EditorProps<'centricity-check'>) {
  return (
    <>
      <section className="editor-section">
        <h3>Questions</h3>
        <p className="muted">Participants rate each from 1 (not at all) to 5 (completely).</p>
        <ListEditor
          label="Question"
          items={exercise.questions}
          keyOf={(q) => q.id}
          textOf={(q) => q.text}
          withText={(q, text) => ({ ...q, text })}
          create={(text) => ({ id: newId(), text })}
          onChange={(questions, coalesce) => onChange({ ...exercise, questions }, coalesce)}
          max={12}
          minItems={1}
          maxLength={300}
          placeholder="Add a question"
        />
      </section>
      <section className="editor-section">
        <h3>Departments</h3>
        <p className="muted">Participants tick the ones with regular, direct contact with customers.</p>
        <ListEditor
          label="Department"
          items={exercise.departments}
          keyOf={(d) => d}
          textOf={(d) => d}
          withText={(_d, text) => text}
          create={(text) => text}
          onChange={(departments, coalesce) => onChange({ ...exercise, departments }, coalesce)}
          max={30}
          maxLength={60}
          placeholder="Add a department"
        />
      </section>
    </>
  );
}
