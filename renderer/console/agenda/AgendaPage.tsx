import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useState, type KeyboardEvent } from 'react';
import { EXERCISE_TEMPLATES, templateOf, type Exercise } from '../../../shared/exercises';
import { clockTime, plannedSchedule, type Schedule } from '../../../shared/workshop/schedule';
import { copyExercise, copyTitle } from '../../../shared/workshop/templates';
import { t } from '../../i18n';
import { exerciseName, exerciseSummary } from '../../i18n/names';
import { useToasts } from '../../ui/Toasts';
import type { PageProps } from '../workshop/WorkshopScreen';
import { matchesShortcut } from '../useShortcut';
import { ExerciseEditor } from './ExerciseEditor';
import { ExerciseLibraryDialog } from './ExerciseLibraryDialog';
import { durationLabel } from './durationLabel';
import { WorkshopDetails } from './WorkshopDetails';
import './agenda.css';

const TITLE_MAX = 120;

/** What a screen reader hears while an exercise is dragged: its title and place, not its id. */
function agendaAnnouncements(agenda: readonly Exercise[]): Announcements {
  const titleOf = (id: UniqueIdentifier) => agenda.find((e) => e.id === id)?.title ?? '';
  const at = (id: UniqueIdentifier) => ({
    position: agenda.findIndex((e) => e.id === id) + 1,
    count: agenda.length,
  });
  return {
    onDragStart: ({ active }) => t('agenda.drag.start', { title: titleOf(active.id), ...at(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('agenda.drag.over', { title: titleOf(active.id), ...at(over.id) })
        : t('agenda.drag.outside', { title: titleOf(active.id) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('agenda.drag.end', { title: titleOf(active.id), ...at(over.id) })
        : t('agenda.drag.cancel', { title: titleOf(active.id) }),
    onDragCancel: ({ active }) => t('agenda.drag.cancel', { title: titleOf(active.id) }),
  };
}

export function AgendaPage({ workshop, update }: PageProps) {
  const [selectedId, setSelectedId] = useState<string | null>(workshop.agenda[0]?.id ?? null);
  const [adding, setAdding] = useState(false);
  const [browsing, setBrowsing] = useState(false);
  const toasts = useToasts();
  const selected = workshop.agenda.find((e) => e.id === selectedId) ?? workshop.agenda[0];
  const schedule = plannedSchedule(workshop.agenda, workshop.plannedStart);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const setAgenda = (agenda: Exercise[], label: string) => update((w) => ({ ...w, agenda }), { label });

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = workshop.agenda.findIndex((e) => e.id === active.id);
    const to = workshop.agenda.findIndex((e) => e.id === over.id);
    if (from >= 0 && to >= 0)
      setAgenda(
        arrayMove(workshop.agenda, from, to),
        t('agenda.step.move', { title: workshop.agenda[from]!.title }),
      );
  };

  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    if (to < 0 || to >= workshop.agenda.length) return;
    setAgenda(
      arrayMove(workshop.agenda, index, to),
      t('agenda.step.move', { title: workshop.agenda[index]!.title }),
    );
  };

  const add = (type: Exercise['type']) => {
    const exercise = templateOf(type).create(workshop.language);
    setAgenda([...workshop.agenda, exercise], t('agenda.step.add', { title: exercise.title }));
    setSelectedId(exercise.id);
    setAdding(false);
  };

  /** Puts a copy of an exercise's content on the agenda, after `after` or at the end, and opens it. */
  const insert = (copy: Exercise, label: string, after?: Exercise) => {
    const at = after ? workshop.agenda.findIndex((e) => e.id === after.id) + 1 : workshop.agenda.length;
    setAgenda([...workshop.agenda.slice(0, at), copy, ...workshop.agenda.slice(at)], label);
    setSelectedId(copy.id);
  };

  const duplicate = (exercise: Exercise) => {
    if (workshop.agenda.length >= 50) {
      toasts.show({ tone: 'error', message: t('agenda.full') });
      return;
    }
    insert(
      copyExercise(exercise, copyTitle(exercise.title, workshop.language, TITLE_MAX)),
      t('agenda.step.duplicate', { title: exercise.title }),
      exercise,
    );
  };

  const remove = (exercise: Exercise) => {
    setAgenda(
      workshop.agenda.filter((e) => e.id !== exercise.id),
      t('agenda.step.remove', { title: exercise.title }),
    );
    if (selectedId === exercise.id) setSelectedId(null);
  };

  return (
    <div className="agenda-page">
      <aside className="agenda-side">
        <WorkshopDetails workshop={workshop} update={update} />
        <section className="card agenda-card" aria-labelledby="agenda-title">
          <div className="agenda-card-head">
            <h2 id="agenda-title">{t('agenda.title')}</h2>
            <span className="muted" data-testid="agenda-total">
              {schedule.clock && schedule.items.length
                ? `${clockTime(schedule.start)}–${clockTime(schedule.end)} · `
                : ''}
              {durationLabel(schedule.end - schedule.start)}
            </span>
          </div>
          {workshop.agenda.length === 0 ? (
            <p className="muted agenda-empty">{t('agenda.empty')}</p>
          ) : (
            <DndContext
              sensors={sensors}
              collisionDetection={closestCenter}
              onDragEnd={onDragEnd}
              accessibility={{
                announcements: agendaAnnouncements(workshop.agenda),
                screenReaderInstructions: {
                  draggable: t('agenda.dragInstructions'),
                },
              }}
            >
              <SortableContext
                items={workshop.agenda.map((e) => e.id)}
                strategy={verticalListSortingStrategy}
              >
                <ol className="agenda-list" aria-label={t('agenda.title')}>
                  {workshop.agenda.map((exercise, index) => (
                    <AgendaItem
                      key={exercise.id}
                      exercise={exercise}
                      index={index}
                      count={workshop.agenda.length}
                      schedule={schedule}
                      selected={exercise.id === selected?.id}
                      onSelect={() => setSelectedId(exercise.id)}
                      onMove={(by) => move(index, by)}
                      onRemove={() => remove(exercise)}
                      onDuplicate={() => duplicate(exercise)}
                    />
                  ))}
                </ol>
              </SortableContext>
            </DndContext>
          )}
          {adding ? (
            <div className="template-picker" role="group" aria-label={t('agenda.templates')}>
              {EXERCISE_TEMPLATES.map(({ type }) => (
                <button key={type} className="template-option" onClick={() => add(type)}>
                  <strong>{exerciseName(type)}</strong>
                  <span className="muted">{exerciseSummary(type)}</span>
                </button>
              ))}
              <button className="btn btn-sm btn-ghost" onClick={() => setAdding(false)}>
                {t('agenda.cancel')}
              </button>
            </div>
          ) : (
            <div className="agenda-add-row">
              <button className="btn add-exercise" onClick={() => setAdding(true)}>
                {t('agenda.addExercise')}
              </button>
              <button className="btn" onClick={() => setBrowsing(true)}>
                {t('agenda.fromMyExercises')}
              </button>
            </div>
          )}
        </section>
      </aside>
      <section className="agenda-editor" aria-label={t('agenda.exercise')}>
        {selected ? (
          <ExerciseEditor key={selected.id} exercise={selected} workshop={workshop} update={update} />
        ) : (
          <div className="card agenda-editor-empty">
            <h2>{t('agenda.buildTitle')}</h2>
            <p className="muted">{t('agenda.buildHint')}</p>
          </div>
        )}
      </section>
      {browsing && (
        <ExerciseLibraryDialog
          onClose={() => setBrowsing(false)}
          onInsert={(saved) => {
            setBrowsing(false);
            insert(copyExercise(saved.exercise), t('agenda.step.insert', { title: saved.exercise.title }));
          }}
        />
      )}
    </div>
  );
}

interface ItemProps {
  exercise: Exercise;
  index: number;
  count: number;
  schedule: Schedule;
  selected: boolean;
  onSelect: () => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  onDuplicate: () => void;
}

function AgendaItem(props: ItemProps) {
  const { exercise, index, count, schedule, selected, onSelect, onMove, onRemove, onDuplicate } = props;
  const times = schedule.clock ? schedule.items[index] : undefined;
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: exercise.id,
  });
  return (
    <li
      ref={setNodeRef}
      className={`agenda-item${selected ? ' is-selected' : ''}${isDragging ? ' is-dragging' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-testid="agenda-item"
      onKeyDown={(event: KeyboardEvent<HTMLLIElement>) => {
        // Ctrl+D on a focused item duplicates it, not the browser's bookmark.
        if (!matchesShortcut('mod+d', event.nativeEvent)) return;
        event.preventDefault();
        onDuplicate();
      }}
    >
      <button
        className="drag-handle"
        aria-label={t('agenda.item.drag', { title: exercise.title })}
        {...attributes}
        {...listeners}
      >
        ⠿
      </button>
      <button className="agenda-item-main" onClick={onSelect} aria-current={selected ? 'true' : undefined}>
        <span className="agenda-index">{index + 1}</span>
        <span className="agenda-item-text">
          <span className="agenda-item-title" title={exercise.title}>
            {exercise.title}
          </span>
          <span className="muted">
            {times ? (
              <span className="agenda-item-times" data-testid="agenda-times">
                {clockTime(times.start)}–{clockTime(times.end)}
              </span>
            ) : null}
            {times ? ' · ' : ''}
            {exerciseName(exercise.type)} ·{' '}
            <span className="nowrap">{t('agenda.minutes', { minutes: exercise.minutes })}</span>
          </span>
        </span>
      </button>
      <span className="agenda-item-tools">
        <button
          className="btn btn-sm btn-ghost"
          disabled={index === 0}
          onClick={() => onMove(-1)}
          aria-label={t('agenda.moveUp')}
        >
          ↑
        </button>
        <button
          className="btn btn-sm btn-ghost"
          disabled={index === count - 1}
          onClick={() => onMove(1)}
          aria-label={t('agenda.moveDown')}
        >
          ↓
        </button>
        <button
          className="btn btn-sm btn-ghost"
          onClick={onDuplicate}
          aria-label={t('agenda.item.duplicate', { title: exercise.title })}
          title={t('agenda.item.duplicateHint')}
        >
          <svg className="duplicate-icon" viewBox="0 0 16 16" aria-hidden="true">
            <rect x="5" y="5" width="9" height="9" rx="1.5" />
            <path d="M11 3.5V3a1 1 0 0 0-1-1H3a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h.5" />
          </svg>
        </button>
        <button
          className="btn btn-sm btn-ghost btn-danger"
          onClick={onRemove}
          aria-label={t('agenda.item.remove', { title: exercise.title })}
        >
          ✕
        </button>
      </span>
    </li>
  );
}
