import { t } from '../../i18n';
import { TextArea } from '../../ui/TextField';

/** The question participants read on their phones; one undo step per edit of it. */
export function PromptField<E extends { prompt: string }>({
  exercise,
  onChange,
}: {
  exercise: E;
  onChange: (next: E, coalesce?: string) => void;
}) {
  return (
    <label className="field">
      <span>{t('agenda.prompt')}</span>
      <TextArea
        required
        maxLength={300}
        value={exercise.prompt}
        onCommit={(prompt) => onChange({ ...exercise, prompt }, 'prompt')}
      />
    </label>
  );
}
