import { contentIn } from '../../../shared/exercises/content';
import { useState } from 'react';
import { newId } from '../../../shared/ids';
import { t } from '../../i18n';
import { CentricityResults } from './CentricityResults';
import { ListEditor } from '../../console/exercises/ListEditor';
import type { EditorProps } from '../types';

export function CentricityCheckEditor({ exercise, onChange, workshop }: EditorProps<'centricity-check'>) {
  // Departments are plain names: keep a key per row so typing in one does not remount it.
  const [keys, setKeys] = useState<string[]>(() => exercise.departments.map(() => newId()));
  const departments = exercise.departments.map((name, i) => ({ key: keys[i] ?? `row-${i}`, name }));
  // The usual questions and departments in the workshop's language, as a new check has them.
  const usual = contentIn(workshop.language).centricity;
  const isDefault =
    exercise.questions.length === usual.questions.length &&
    exercise.questions.every((q, i) => q.text === usual.questions[i]);
  return (
    <>
      <section className="editor-section">
        <h3>{t('agenda.centricity.questions')}</h3>
        <p className="muted">{t('agenda.centricity.questionsHint')}</p>
        <ListEditor
          label={t('agenda.centricity.question')}
          newLabel={t('agenda.centricity.newQuestion')}
          items={exercise.questions}
          keyOf={(q) => q.id}
          textOf={(q) => q.text}
          withText={(q, text) => ({ ...q, text })}
          create={(text) => ({ id: newId(), text })}
          onChange={(questions, coalesce) => onChange({ ...exercise, questions }, coalesce)}
          max={12}
          minItems={1}
          maxLength={300}
          placeholder={t('agenda.centricity.addQuestion')}
        />
        {!isDefault ? (
          <div>
            <button
              className="btn btn-sm btn-ghost"
              onClick={() =>
                onChange({ ...exercise, questions: usual.questions.map((text) => ({ id: newId(), text })) })
              }
            >
              {t('agenda.centricity.useDefaultQuestions')}
            </button>
          </div>
        ) : null}
      </section>
      <section className="editor-section">
        <h3>{t('agenda.centricity.departments')}</h3>
        <p className="muted">{t('agenda.centricity.departmentsHint')}</p>
        <ListEditor
          label={t('agenda.centricity.department')}
          newLabel={t('agenda.centricity.newDepartment')}
          items={departments}
          keyOf={(d) => d.key}
          textOf={(d) => d.name}
          withText={(d, name) => ({ ...d, name })}
          create={(name) => ({ key: newId(), name })}
          onChange={(rows, coalesce) => {
            setKeys(rows.map((r) => r.key));
            onChange({ ...exercise, departments: rows.map((r) => r.name) }, coalesce);
          }}
          max={30}
          maxLength={60}
          placeholder={t('agenda.centricity.addDepartment')}
        />
        {exercise.departments.length === 0 ? (
          <div>
            <button
              className="btn btn-sm btn-ghost"
              onClick={() => {
                setKeys(usual.departments.map(() => newId()));
                onChange({ ...exercise, departments: [...usual.departments] });
              }}
            >
              {t('agenda.centricity.useDefaultDepartments')}
            </button>
          </div>
        ) : null}
      </section>
      <CentricityResults workshop={workshop} exercise={exercise} />
    </>
  );
}
