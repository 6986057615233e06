import { t } from '../../i18n';
import { NumberField } from '../../ui/NumberField';
import { PromptField } from '../../console/exercises/PromptField';
import { hrefOf } from '../../console/router';
import type { EditorProps } from '../types';

/** Stands for the link in the sentence around it, so each language places it where its grammar wants. */
const LINK = '\u2060link\u2060';

export function ActionPlanEditor({ exercise, onChange, workshop }: EditorProps<'action-plan'>) {
  const [before = '', after = ''] = t('agenda.actionPlan.gather', { page: LINK }).split(LINK);
  return (
    <>
      <section className="editor-section">
        <PromptField exercise={exercise} onChange={onChange} />
        <label className="field inline-field">
          <span>{t('agenda.actionPlan.dots')}</span>
          <NumberField
            min={1}
            max={20}
            value={exercise.dotsPerParticipant}
            onCommit={(dotsPerParticipant) => onChange({ ...exercise, dotsPerParticipant }, 'dots')}
          />
        </label>
      </section>
      <section className="editor-section">
        <h3>
          {t('agenda.actionPlan.initiatives')} <span className="badge">{workshop.initiatives.length}</span>
        </h3>
        <p className="muted">
          {t('agenda.actionPlan.hint')} {before}
          <a href={hrefOf({ page: 'workshop', workshopId: workshop.id, tab: 'plan' })}>
            {t('agenda.actionPlan.page')}
          </a>
          {after}
        </p>
        {workshop.initiatives.length > 0 && (
          <ul className="plain-list">
            {workshop.initiatives.map((i) => (
              <li key={i.id}>{i.title}</li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
