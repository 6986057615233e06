import { useState } from 'react';

interface Props {
  /** What one line becomes, e.g. "card". */
  noun: string;
  room: number;
  onAdd: (lines: string[]) => void;
}

/** Paste a list, one item per line: the quickest way to bring cards or offerings in from a document. */
export function PasteItems({ noun, room, onAdd }: Props) {
  const [text, setText] = useState('');
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').trim())
    .filter(Boolean);
  const over = lines.length > room;
  return (
    <div className="paste-items">
      <textarea
        className="textarea"
        aria-label={`Paste ${noun}s, one per line`}
        placeholder={`Paste ${noun}s here, one per line`}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="paste-items-foot">
        <span className={over ? 'paste-over' : 'muted'}>
          {lines.length === 0
            ? `${room} more ${noun}s fit.`
            : over
              ? `${lines.length} lines, but only ${room} more ${noun}s fit: the first ${room} will be added.`
              : `${lines.length} ${noun}${lines.length === 1 ? '' : 's'} to add.`}
        </span>
        <button
          className="btn btn-primary"
          disabled={lines.length === 0 || room === 0}
          onClick={() => {
            onAdd(lines.slice(0, room));
            setText('');
          }}
        >
          Add {Math.min(lines.length, room) || ''} {noun}s
        </button>
      </div>
    </div>
  );
}
