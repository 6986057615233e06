import { memo, useMemo } from 'react';
import {
  SORT_CATEGORIES,
  SORT_DECISIVE,
  type BoardColumn,
  type PushPull,
} from '../../../shared/exercises/push-pull/schema';
import {
  BOARD_COLUMNS,
  COLUMN_LABELS,
  placeCard,
  pushPullBoard,
  resetPlacements,
  totalOf,
  type BoardCard,
} from '../../../shared/exercises/push-pull/board';
import type { CardClassificationConfig } from '../../../shared/activities/cardClassification';
import { findResult } from '../../../shared/plan/results';
import type { Workshop } from '../../../shared/workshop/schema';
import { SplitBar } from '../../activities/card-classification/SplitBar';
import { segmentsOf, type Segment } from '../../activities/card-classification/split';
import '../../activities/card-classification/cards.css';
import type { UpdateWorkshop } from '../../console/state/useWorkshop';
import { DragBoard, type FaceProps } from '../../console/boards/DragBoard';
import { lanesOf } from '../../console/boards/lanes';
import { NumberField } from '../../ui/NumberField';
import { PracticeNotice } from '../../console/boards/PracticeNotice';
import { BoardUndo, boardScope } from '../../console/boards/BoardUndo';
import { closedResult, withExercise } from '../../console/boards/withExercise';
import '../../console/boards/boards.css';

/** One card on the board, flat so unchanged cards are not re-rendered. */
interface CardItem {
  id: string;
  title: string;
  description: string;
  push: number;
  pull: number;
  unsure: number;
  contested: boolean;
  /** The room's column when the facilitator placed the card elsewhere. */
  roomSaid: string | null;
  /** A participant proposed it (approved by the facilitator). */
  proposed: boolean;
}

const HINTS: Record<BoardColumn, string> = {
  push: 'Pushed by us: we make it, customers did not ask',
  pull: 'Pulled by customers: they ask for it',
  contested: 'The room disagrees: talk it through',
};

function toItem(c: BoardCard): CardItem {
  return {
    id: c.card.id,
    title: c.card.title,
    description: c.card.description,
    push: c.split.push,
    pull: c.split.pull,
    unsure: c.split.unsure,
    contested: c.contested,
    roomSaid: c.overridden && c.byVote ? COLUMN_LABELS[c.byVote] : null,
    proposed: c.card.proposed ?? false,
  };
}

const SORT = {
  categories: SORT_CATEGORIES.map((c) => ({ ...c })),
  decisive: [...SORT_DECISIVE],
} satisfies Pick<CardClassificationConfig, 'categories' | 'decisive'>;
const segments = (c: CardItem): Segment[] =>
  segmentsOf(SORT, { counts: { push: c.push, pull: c.pull, unsure: c.unsure } });

const describe = (c: CardItem) =>
  `${c.title}. ${c.push + c.pull + c.unsure ? `Push ${c.push}, Pull ${c.pull}, Unsure ${c.unsure}` : 'No votes'}${c.contested ? ', contested' : ''}${c.proposed ? ', proposed by a participant' : ''}${c.roomSaid ? `. The room said ${c.roomSaid}` : ''}.`;

const CardFace = memo(function CardFace({ item }: FaceProps<CardItem>) {
  return (
    <div className="board-card">
      <p className="board-card__title">{item.title}</p>
      {item.description ? <p className="board-card__description">{item.description}</p> : null}
      <SplitBar segments={segments(item)} />
      {item.contested || item.roomSaid || item.proposed ? (
        <p className="board-card__flags">
          {item.contested ? <span className="contested-tag">⚑ Contested</span> : null}
          {item.proposed ? <span className="moved-tag">Proposed</span> : null}
          {item.roomSaid ? <span className="moved-tag">Moved · the room said {item.roomSaid}</span> : null}
        </p>
      ) : null}
    </div>
  );
});

interface Props {
  workshop: Workshop;
  update: UpdateWorkshop;
  exerciseId: string;
}

/**
 * The facilitator's push/pull board: Push, Pull and Contested columns, each card placed by the
 * room's votes until the facilitator moves it. A move saves the whole board in the exercise
 * (placements with the vote split), so the action plan sees every card.
 */
export function PushPullBoard({ workshop, update, exerciseId }: Props) {
  const exercise = workshop.agenda.find((e): e is PushPull => e.id === exerciseId && e.type === 'push-pull');
  const results = workshop.results;
  const result = useMemo(
    () => closedResult(results, exerciseId, 'card-classification'),
    [results, exerciseId],
  );
  const model = useMemo(() => (exercise ? pushPullBoard(exercise, result) : null), [exercise, result]);
  const practice = useMemo(
    () => findResult({ results } as Workshop, exerciseId, 'card-classification')?.practice ?? null,
    [results, exerciseId],
  );
  const items = useMemo(() => new Map(model?.cards.map((c) => [c.card.id, toItem(c)]) ?? []), [model]);
  const { lanes, tray } = useMemo(
    () =>
      lanesOf(model?.places, BOARD_COLUMNS, COLUMN_LABELS, HINTS, {
        id: 'unsorted',
        hint: 'No votes on these cards: drag each to a column',
      }),
    [model],
  );
  if (!exercise || !model) return <p className="muted">This exercise is no longer on the agenda.</p>;

  /** Applies a change to the exercise as it is in the workshop now, as one step of the workshop's undo. */
  const change = (next: (current: PushPull) => PushPull, what: string, coalesce?: string) => {
    update(
      (w) => {
        const current = w.agenda.find((e): e is PushPull => e.id === exerciseId && e.type === 'push-pull');
        return current ? withExercise(w, next(current)) : w;
      },
      {
        label: what,
        scope: boardScope(exerciseId),
        ...(coalesce ? { coalesce: `${exerciseId}.${coalesce}` } : {}),
      },
    );
  };

  const onMove = (id: string, to: string) => {
    if (to === 'unsorted') return; // a placed card goes to a column, not back to the tray
    const title = items.get(id)?.title ?? 'card';
    change((current) => placeCard(current, result, id, to as BoardColumn), `move of “${title}”`);
  };

  const counts = BOARD_COLUMNS.map((c) => `${COLUMN_LABELS[c]} ${model.places[c].length}`).join(' · ');
  const totalVotes = model.cards.reduce((sum, c) => sum + totalOf(c.split), 0);

  return (
    <div className="board-page">
      <div className="board-toolbar">
        <div className="board-toolbar__status">
          <strong>{counts}</strong>
          <span className="muted">
            {model.voted} of {exercise.cards.length} cards have votes ({totalVotes} votes)
          </span>
          <span className={`board-saved${model.saved ? ' is-saved' : ''}`} role="status">
            {model.saved ? 'Final placement saved in the workshop' : 'Placed by the votes: not saved yet'}
          </span>
          <PracticeNotice share={practice} compact />
        </div>
        <label className="board-threshold">
          Contested below
          <NumberField
            min={50}
            max={100}
            value={exercise.contestedThreshold}
            onCommit={(value) =>
              change(
                (current) => ({ ...current, contestedThreshold: value }),
                'change of the threshold',
                'threshold',
              )
            }
          />
          % for either side
        </label>
        <div className="board-toolbar__actions">
          <BoardUndo exerciseId={exerciseId} />
          {model.saved ? (
            <button className="btn" onClick={() => change(resetPlacements, 'reset to the votes')}>
              Back to the votes
            </button>
          ) : (
            <button
              className="btn btn-primary"
              disabled={model.voted === 0}
              onClick={() => change((current) => placeCard(current, result, null, null), 'save')}
            >
              Save as placed
            </button>
          )}
        </div>
      </div>
      <DragBoard
        label="Push or pull board"
        noun="card"
        lanes={lanes}
        tray={tray}
        items={items}
        nameOf={(c) => c.title}
        describe={describe}
        Face={CardFace}
        onMove={onMove}
      />
    </div>
  );
}
