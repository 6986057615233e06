import { useState } from 'react';
import { OWN_KINDS, ownActivitySpec } from '../../../shared/exercises/own/activities';
import { t } from '../../i18n';
import {
  MAX_OWN_ACTIVITIES,
  newOwnActivity,
  type OwnActivity,
  type OwnActivityKind,
} from '../../../shared/exercises/own/schema';
import { TextArea, TextField } from '../../ui/TextField';
import type { EditorProps } from '../types';
import { QuestionContent } from './QuestionContent';
import './own.css';

const KINDS = Object.keys(OWN_KINDS) as OwnActivityKind[];

/** A question kind's name in the "Add question" menu (shared's `OWN_KINDS[kind].name`, translated). */
const kindLabel = (kind: OwnActivityKind) =>
  ({
    scale: t('agenda.own.kind.scale'),
    choice: t('agenda.own.kind.choice'),
    open: t('agenda.own.kind.open'),
    dots: t('agenda.own.kind.dots'),
    rating: t('agenda.own.kind.rating'),
    sort: t('agenda.own.kind.sort'),
  })[kind];

/** What a question of this kind lacks while it cannot run (shared's `OWN_KINDS[kind].needs`, translated). */
const needsOf = (kind: OwnActivityKind) =>
  ({
    scale: t('agenda.own.needs.scale'),
    choice: t('agenda.own.needs.choice'),
    open: t('agenda.own.needs.open'),
    dots: t('agenda.own.needs.dots'),
    rating: t('agenda.own.needs.rating'),
    sort: t('agenda.own.needs.sort'),
  })[kind];

export function OwnEditor({ exercise, onChange, workshop }: EditorProps<'own'>) {
  const [kind, setKind] = useState<OwnActivityKind>('scale');
  const { activities } = exercise;
  const setActivities = (next: OwnActivity[], coalesce?: string) =>
    onChange({ ...exercise, activities: next }, coalesce);
  const setOne = (index: number) => (activity: OwnActivity, coalesce?: string) =>
    setActivities(
      activities.map((a, i) => (i === index ? activity : a)),
      coalesce && `${activity.id}.${coalesce}`,
    );
  const move = (index: number, by: -1 | 1) => {
    const next = [...activities];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved!);
    setActivities(next);
  };

  return (
    <>
      <section className="editor-section">
        <label className="field">
          <span>{t('agenda.own.prompt')}</span>
          <TextArea
            maxLength={1000}
            rows={2}
            value={exercise.prompt}
            placeholder={t('agenda.own.promptPlaceholder')}
            onCommit={(prompt) => onChange({ ...exercise, prompt }, 'prompt')}
          />
        </label>
        <p className="muted">{t('agenda.own.promptHint')}</p>
      </section>
      <section className="editor-section" aria-labelledby={`own-questions-${exercise.id}`}>
        <h3 id={`own-questions-${exercise.id}`}>
          {t('agenda.own.questions')}{' '}
          <span className="badge">
            {activities.length} / {MAX_OWN_ACTIVITIES}
          </span>
        </h3>
        {activities.length === 0 ? <p className="muted">{t('agenda.own.none')}</p> : null}
        <ol className="own-questions">
          {activities.map((activity, index) => {
            const ready = ownActivitySpec(exercise, activity);
            const label = activity.title.trim() || t('agenda.own.untitled', { number: index + 1 });
            return (
              <li key={activity.id} className="own-question" aria-label={label} data-testid="own-question">
                <div className="own-question-head">
                  <span className="own-question-number">{index + 1}</span>
                  <span className="badge">{kindLabel(activity.kind)}</span>
                  <span className="grow" />
                  <button
                    className="btn btn-sm btn-ghost"
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                    aria-label={t('agenda.own.moveUp', { label })}
                  >
                    ↑
                  </button>
                  <button
                    className="btn btn-sm btn-ghost"
                    disabled={index === activities.length - 1}
                    onClick={() => move(index, 1)}
                    aria-label={t('agenda.own.moveDown', { label })}
                  >
                    ↓
                  </button>
                  <button
                    className="btn btn-sm btn-ghost btn-danger"
                    onClick={() => setActivities(activities.filter((a) => a.id !== activity.id))}
                    aria-label={t('agenda.item.remove', { title: label })}
                  >
                    ✕
                  </button>
                </div>
                <label className="field">
                  <span>{t('agenda.own.question')}</span>
                  <TextField
                    maxLength={120}
                    value={activity.title}
                    onCommit={(title) => setOne(index)({ ...activity, title }, 'title')}
                  />
                </label>
                <label className="field">
                  <span>{t('agenda.own.questionPrompt')}</span>
                  <TextField
                    maxLength={300}
                    value={activity.prompt}
                    onCommit={(prompt) => setOne(index)({ ...activity, prompt }, 'prompt')}
                  />
                </label>
                <QuestionContent activity={activity} onChange={setOne(index)} />
                <details className="own-notes" open={!!activity.notes}>
                  <summary>{t('agenda.own.notes')}</summary>
                  <TextArea
                    maxLength={2000}
                    rows={2}
                    aria-label={t('agenda.own.notesOn', { label })}
                    value={activity.notes ?? ''}
                    placeholder={t('agenda.own.notesPlaceholder')}
                    onCommit={(notes) => setOne(index)({ ...activity, notes }, 'notes')}
                  />
                </details>
                {ready.ok ? null : (
                  <p className="own-needs" role="status">
                    {t('agenda.own.notAsked', { needs: needsOf(activity.kind) })}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
        {activities.length < MAX_OWN_ACTIVITIES ? (
          <div className="own-add">
            <select
              className="input"
              aria-label={t('agenda.own.kind')}
              value={kind}
              onChange={(e) => setKind(e.target.value as OwnActivityKind)}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindLabel(k)}
                </option>
              ))}
            </select>
            <button
              className="btn"
              onClick={() => setActivities([...activities, newOwnActivity(kind, workshop.language)])}
            >
              {t('agenda.own.add')}
            </button>
          </div>
        ) : (
          <p className="muted">{t('agenda.own.full', { max: MAX_OWN_ACTIVITIES })}</p>
        )}
      </section>
    </>
  );
}
