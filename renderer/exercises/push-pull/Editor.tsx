import { useMemo, useState } from 'react';
import { MAX_CARDS, type BoardColumn, type Card } from '../../../shared/exercises/push-pull/schema';
import { BOARD_COLUMNS, pushPullBoard } from '../../../shared/exercises/push-pull/board';
import { t } from '../../i18n';
import { BoardLayer } from '../../console/boards/BoardLayer';
import { BoardSummary } from '../../console/boards/BoardSummary';
import { PushPullBoard } from './Board';
import { closedResult } from '../../console/boards/withExercise';
import { NumberField } from '../../ui/NumberField';
import { ItemsEditor } from '../../console/exercises/ItemsEditor';
import { PromptField } from '../../console/exercises/PromptField';
import type { EditorProps } from '../types';

/** The board's columns as the summary names them (shared's `COLUMN_LABELS`, translated). */
const columnLabel = (column: BoardColumn) =>
  ({
    push: t('agenda.pushPull.push'),
    pull: t('agenda.pushPull.pull'),
    contested: t('agenda.pushPull.contested'),
  })[column];

export function PushPullEditor({ exercise, onChange, workshop, update }: EditorProps<'push-pull'>) {
  const [boardOpen, setBoardOpen] = useState(false);
  const { results } = workshop;
  const result = useMemo(
    () => closedResult(results, exercise.id, 'card-classification'),
    [results, exercise.id],
  );
  const board = useMemo(() => pushPullBoard(exercise, result), [exercise, result]);
  const proposed = exercise.cards.filter((c) => c.proposed).length;

  return (
    <>
      <section className="editor-section">
        <PromptField exercise={exercise} onChange={onChange} />
        <label className="field inline-field">
          <span>{t('agenda.pushPull.contestedBelow')}</span>
          <NumberField
            min={50}
            max={100}
            value={exercise.contestedThreshold}
            onCommit={(contestedThreshold) => onChange({ ...exercise, contestedThreshold }, 'threshold')}
          />
          <span className="muted" title={t('agenda.pushPull.unsureCount')}>
            {t('agenda.pushPull.eitherSide')}
          </span>
        </label>
        <label className="toggle-field">
          <input
            type="checkbox"
            checked={exercise.allowProposals}
            onChange={(e) => onChange({ ...exercise, allowProposals: e.target.checked })}
          />
          <span>
            <strong>{t('agenda.pushPull.proposals')}</strong>
            <span className="muted">{t('agenda.pushPull.proposalsHint')}</span>
          </span>
        </label>
      </section>

      <BoardSummary
        id="push-pull-board-title"
        title={t('agenda.pushPull.board')}
        summary={
          board.voted > 0
            ? t('agenda.pushPull.summary', {
                voted: board.voted,
                total: exercise.cards.length,
                columns: BOARD_COLUMNS.map((c) => `${columnLabel(c)} ${board.places[c].length}`).join(' · '),
                saved: String(board.saved),
              })
            : t('agenda.pushPull.before')
        }
        hasResults={board.voted > 0}
        disabled={exercise.cards.length === 0}
        onOpen={() => setBoardOpen(true)}
      />
      <section className="editor-section">
        <h3>
          {t('agenda.pushPull.cards')}{' '}
          <span className="badge">
            {exercise.cards.length} / {MAX_CARDS}
          </span>
        </h3>
        <p className="muted">
          {t('agenda.pushPull.cardsHint')}
          {proposed > 0 ? ` ${t('agenda.pushPull.proposed', { proposed })}` : ''}
        </p>
        <ItemsEditor<Card>
          noun="card"
          items={exercise.cards}
          max={MAX_CARDS}
          titleOf={(c) => c.title}
          make={(id, title, description) => ({ id, title, description })}
          withTitle={(c, title) => ({ ...c, title })}
          csvHint={t('agenda.pushPull.csvHint')}
          onChange={(cards, coalesce) => onChange({ ...exercise, cards }, coalesce)}
        />
      </section>

      {boardOpen ? (
        <BoardLayer
          title={t('agenda.pushPull.boardTitle', { title: exercise.title })}
          onClose={() => setBoardOpen(false)}
        >
          <PushPullBoard workshop={workshop} update={update} exerciseId={exercise.id} />
        </BoardLayer>
      ) : null}
    </>
  );
}
