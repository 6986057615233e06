import { useState } from 'react';
import { OWN_KINDS, ownActivitySpec } from '../../../shared/exercises/own/activities';
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

export function OwnEditor({ exercise, onChange }: EditorProps<'own'>) {
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
          <span>Prompt</span>
          <TextArea
            maxLength={1000}
            rows={2}
            value={exercise.prompt}
            placeholder="What the room works on, on the projector and in the plan"
            onCommit={(prompt) => onChange({ ...exercise, prompt }, 'prompt')}
          />
        </label>
        <p className="muted">
          A question without its own prompt shows this one on the phones. The plan gives this exercise a page
          of its own with every question’s answers.
        </p>
      </section>
      <section className="editor-section" aria-labelledby={`own-questions-${exercise.id}`}>
        <h3 id={`own-questions-${exercise.id}`}>
          Questions{' '}
          <span className="badge">
            {activities.length} / {MAX_OWN_ACTIVITIES}
          </span>
        </h3>
        {activities.length === 0 ? <p className="muted">None yet: add the first one below.</p> : null}
        <ol className="own-questions">
          {activities.map((activity, index) => {
            const ready = ownActivitySpec(exercise, activity);
            const label = activity.title.trim() || `Question ${index + 1}`;
            return (
              <li key={activity.id} className="own-question" aria-label={label} data-testid="own-question">
                <div className="own-question-head">
                  <span className="own-question-number">{index + 1}</span>
                  <span className="badge">{OWN_KINDS[activity.kind].name}</span>
                  <span className="grow" />
                  <button
                    className="btn btn-sm btn-ghost"
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                    aria-label={`Move ${label} up`}
                  >
                    ↑
                  </button>
                  <button
                    className="btn btn-sm btn-ghost"
                    disabled={index === activities.length - 1}
                    onClick={() => move(index, 1)}
                    aria-label={`Move ${label} down`}
                  >
                    ↓
                  </button>
                  <button
                    className="btn btn-sm btn-ghost btn-danger"
                    onClick={() => setActivities(activities.filter((a) => a.id !== activity.id))}
                    aria-label={`Remove ${label}`}
                  >
                    ✕
                  </button>
                </div>
                <label className="field">
                  <span>Question</span>
                  <TextField
                    maxLength={120}
                    value={activity.title}
                    onCommit={(title) => setOne(index)({ ...activity, title }, 'title')}
                  />
                </label>
                <label className="field">
                  <span>Prompt on the phones (optional)</span>
                  <TextField
                    maxLength={300}
                    value={activity.prompt}
                    onCommit={(prompt) => setOne(index)({ ...activity, prompt }, 'prompt')}
                  />
                </label>
                <QuestionContent activity={activity} onChange={setOne(index)} />
                <details className="own-notes" open={!!activity.notes}>
                  <summary>Your notes on this question</summary>
                  <TextArea
                    maxLength={2000}
                    rows={2}
                    aria-label={`Notes on ${label}`}
                    value={activity.notes ?? ''}
                    placeholder="Only you see them, on the console while it runs"
                    onCommit={(notes) => setOne(index)({ ...activity, notes }, 'notes')}
                  />
                </details>
                {ready.ok ? null : (
                  <p className="own-needs" role="status">
                    Not asked yet: {ready.needs}
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
              aria-label="Kind of question"
              value={kind}
              onChange={(e) => setKind(e.target.value as OwnActivityKind)}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {OWN_KINDS[k].name}
                </option>
              ))}
            </select>
            <button className="btn" onClick={() => setActivities([...activities, newOwnActivity(kind)])}>
              Add question
            </button>
          </div>
        ) : (
          <p className="muted">An exercise holds {MAX_OWN_ACTIVITIES} questions at most.</p>
        )}
      </section>
    </>
  );
}
