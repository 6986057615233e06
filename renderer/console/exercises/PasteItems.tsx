import { useState } from 'react';
import { itemWords, type ItemNoun } from './itemWords';

interface Props {
  /** What one line becomes. */
  noun: ItemNoun;
  room: number;
  onAdd: (lines: string[]) => void;
}

/** Paste a list, one item per line: the quickest way to bring cards or offerings in from a document. */
export function PasteItems({ noun, room, onAdd }: Props) {
  const [text, setText] = useState('');
  const words = itemWords(noun);
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').trim())
    .filter(Boolean);
  const over = lines.length > room;
  return (
    <div className="paste-items">
      <textarea
        className="textarea"
        aria-label={words.pasteLabel()}
        placeholder={words.pastePlaceholder()}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="paste-items-foot">
        <span className={over ? 'paste-over' : 'muted'}>
          {lines.length === 0
            ? words.room(room)
            : over
              ? words.over(lines.length, room)
              : words.toAdd(lines.length)}
        </span>
        <button
          className="btn btn-primary"
          disabled={lines.length === 0 || room === 0}
          onClick={() => {
            onAdd(lines.slice(0, room));
            setText('');
          }}
        >
          {words.add(Math.min(lines.length, room))}
        </button>
      </div>
    </div>
  );
}
