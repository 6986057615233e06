import { t } from '../../i18n';
import { TextField } from '../../ui/TextField';
import { DefinitionWorkbench } from './DefinitionWorkbench';
import type { EditorProps } from '../types';

export function DefinitionEditor({ exercise, onChange, workshop }: EditorProps<'definition'>) {
  return (
    <>
      <section className="editor-section">
        <h3>{t('agenda.definition.prompts')}</h3>
        <label className="field">
          <span>{t('agenda.definition.firstList')}</span>
          <TextField
            required
            maxLength={200}
            value={exercise.meansPrompt}
            onCommit={(meansPrompt) => onChange({ ...exercise, meansPrompt }, 'meansPrompt')}
          />
        </label>
        <label className="field">
          <span>{t('agenda.definition.secondList')}</span>
          <TextField
            required
            maxLength={200}
            value={exercise.notMeansPrompt}
            onCommit={(notMeansPrompt) => onChange({ ...exercise, notMeansPrompt }, 'notMeansPrompt')}
          />
        </label>
      </section>
      <DefinitionWorkbench
        exercise={exercise}
        workshop={workshop}
        onChange={onChange}
        empty={<p className="muted">{t('agenda.definition.empty')}</p>}
        writerHint={<p className="muted">{t('agenda.definition.writerHint')}</p>}
      />
    </>
  );
}
