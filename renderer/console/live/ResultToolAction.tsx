import { useId } from 'react';
import type { ResultTool } from './resultTools';

/** The button that opens an exercise's after-vote tool; disabled, it says why. */
export function ResultToolAction({
  tool,
  onOpen,
  primary,
  shortcut,
}: {
  tool: ResultTool;
  onOpen: () => void;
  /** The next thing to do (answers are closed): the strong button. */
  primary: boolean;
  /** The key that opens it, shown on the button. */
  shortcut?: string;
}) {
  const id = useId();
  return (
    <div className="result-action">
      <button
        type="button"
        className={`btn${primary && !tool.unavailable ? ' btn-primary' : ''}`}
        disabled={!!tool.unavailable}
        aria-describedby={id}
        aria-keyshortcuts={shortcut}
        onClick={onOpen}
      >
        {tool.label}
        {shortcut ? (
          <>
            {' '}
            <kbd>{shortcut}</kbd>
          </>
        ) : null}
      </button>
      <span id={id} className={`result-action__note${tool.unavailable ? ' is-unavailable' : ''}`}>
        {tool.unavailable ?? tool.status}
      </span>
    </div>
  );
}
