import { t } from '../../i18n';

/** Under an exercise's editor: what its board holds, and the button that opens it. */
export function BoardSummary({
  id,
  title,
  summary,
  hasResults,
  disabled,
  onOpen,
}: {
  id: string;
  title: string;
  summary: string;
  /** The room has answered: opening the board is the next step. */
  hasResults: boolean;
  disabled: boolean;
  onOpen: () => void;
}) {
  return (
    <section className="editor-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <div className="board-summary">
        <p className="muted">{summary}</p>
        <button className={`btn${hasResults ? ' btn-primary' : ''}`} disabled={disabled} onClick={onOpen}>
          {t('boards.summary.open')}
        </button>
      </div>
    </section>
  );
}
