import { memo, useMemo } from 'react';
import {
  SORT_CATEGORIES,
  SORT_DECISIVE,
  type BoardColumn,
  type PushPull,
} from '../../../shared/exercises/push-pull/schema';
import {
  BOARD_COLUMNS,
  placeCard,
  pushPullBoard,
  resetPlacements,
  totalOf,
  type BoardCard,
  type BoardPlace,
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
import { formatNumber, t } from '../../i18n';

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

/** A column's name in the console's language (the projector's words for the vote split). */
const columnLabels = (): Record<BoardPlace, string> => ({
  push: t('split.push'),
  pull: t('split.pull'),
  contested: t('live.contestedTitle'),
  unsorted: t('boards.pushPull.unsorted'),
});

const hints = (): Record<BoardColumn, string> => ({
  push: t('boards.pushPull.pushHint'),
  pull: t('boards.pushPull.pullHint'),
  contested: t('boards.pushPull.contestedHint'),
});

function toItem(c: BoardCard): CardItem {
  return {
    id: c.card.id,
    title: c.card.title,
    description: c.card.description,
    push: c.split.push,
    pull: c.split.pull,
    unsure: c.split.unsure,
    contested: c.contested,
    roomSaid: c.overridden && c.byVote ? columnLabels()[c.byVote] : null,
    proposed: c.card.proposed ?? false,
  };
}

const SORT = {
  categories: SORT_CATEGORIES.map((c) => ({ ...c })),
  decisive: [...SORT_DECISIVE],
} satisfies Pick<CardClassificationConfig, 'categories' | 'decisive'>;
const segments = (c: CardItem): Segment[] =>
  segmentsOf(SORT, { counts: { push: c.push, pull: c.pull, unsure: c.unsure } });

/** "Loyalty app. Push 3, Pull 1, Unsure 0, contested. The room said Pull." */
const describe = (c: CardItem) => {
  const votes = c.push + c.pull + c.unsure;
  const facts = [
    votes
      ? t('boards.pushPull.votes', { push: c.push, pull: c.pull, unsure: c.unsure })
      : t('boards.pushPull.noVotes'),
    ...(c.contested ? [t('boards.pushPull.isContested')] : []),
    ...(c.proposed ? [t('boards.pushPull.isProposed')] : []),
  ];
  const sentences = [c.title, facts.join(', ')];
  if (c.roomSaid) sentences.push(t('boards.pushPull.roomSaid', { column: c.roomSaid }));
  return `${sentences.join('. ')}.`;
};

const CardFace = memo(function CardFace({ item }: FaceProps<CardItem>) {
  return (
    <div className="board-card">
      <p className="board-card__title">{item.title}</p>
      {item.description ? <p className="board-card__description">{item.description}</p> : null}
      <SplitBar segments={segments(item)} />
      {item.contested || item.roomSaid || item.proposed ? (
        <p className="board-card__flags">
          {item.contested ? <span className="contested-tag">{t('boards.pushPull.contestedTag')}</span> : null}
          {item.proposed ? <span className="moved-tag">{t('boards.pushPull.proposedTag')}</span> : null}
          {item.roomSaid ? (
            <span className="moved-tag">{t('boards.pushPull.movedTag', { column: item.roomSaid })}</span>
          ) : null}
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
      lanesOf(model?.places, BOARD_COLUMNS, columnLabels(), hints(), {
        id: 'unsorted',
        hint: t('boards.pushPull.trayHint'),
      }),
    [model],
  );
  if (!exercise || !model) return <p className="muted">{t('boards.noLongerOnAgenda')}</p>;

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
    const title = items.get(id)?.title ?? '';
    change((current) => placeCard(current, result, id, to as BoardColumn), t('boards.step.move', { title }));
  };

  const labels = columnLabels();
  const counts = BOARD_COLUMNS.map((c) => `${labels[c]} ${formatNumber(model.places[c].length)}`).join(' · ');
  const totalVotes = model.cards.reduce((sum, c) => sum + totalOf(c.split), 0);

  return (
    <div className="board-page">
      <div className="board-toolbar">
        <div className="board-toolbar__status">
          <strong>{counts}</strong>
          <span className="muted">
            {t('boards.pushPull.voted', {
              voted: model.voted,
              total: exercise.cards.length,
              votes: totalVotes,
            })}
          </span>
          <span className={`board-saved${model.saved ? ' is-saved' : ''}`} role="status">
            {model.saved ? t('boards.pushPull.saved') : t('boards.pushPull.notSaved')}
          </span>
          <PracticeNotice share={practice} compact />
        </div>
        <label className="board-threshold">
          {t('boards.pushPull.thresholdBefore')}
          <NumberField
            min={50}
            max={100}
            value={exercise.contestedThreshold}
            onCommit={(value) =>
              change(
                (current) => ({ ...current, contestedThreshold: value }),
                t('boards.step.threshold'),
                'threshold',
              )
            }
          />
          {t('boards.pushPull.thresholdAfter')}
        </label>
        <div className="board-toolbar__actions">
          <BoardUndo exerciseId={exerciseId} />
          {model.saved ? (
            <button className="btn" onClick={() => change(resetPlacements, t('boards.step.resetVotes'))}>
              {t('boards.pushPull.backToVotes')}
            </button>
          ) : (
            <button
              className="btn btn-primary"
              disabled={model.voted === 0}
              onClick={() =>
                change((current) => placeCard(current, result, null, null), t('boards.step.save'))
              }
            >
              {t('boards.pushPull.save')}
            </button>
          )}
        </div>
      </div>
      <DragBoard
        label={t('boards.pushPull.board')}
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
