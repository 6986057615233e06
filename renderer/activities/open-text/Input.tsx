import { useState } from 'react';
import type { OpenTextConfig, OpenTextValue, Statement } from '../../../shared/activities/openText';
import { countOf } from '../../../shared/activities/openTextWords';
import { newId } from '../../../shared/ids';
import type { Page } from '../../../shared/protocol';
import { intlLocale, t } from '../../i18n';
import { AnswerStatusLine } from '../common/AnswerStatusLine';
import type { InputProps, MyAnswer } from '../types';
import './open-text.css';
import { wordingIn } from './wording';

// Item ids as in shared/activities/openText (type-only import there keeps zod out of the phone bundle).
const statementItem = (id: string) => `s:${id}`;
const upvoteItem = (id: string) => `u:${id}`;
import { cleanParticipantText, hasVisibleCharacter } from '../../../shared/participantText';

function isStatement(value: unknown): value is Statement {
  return typeof value === 'object' && value !== null && typeof (value as Statement).text === 'string';
}

/** Write statements into the lists, withdraw your own, upvote others' (a page of them at a time, from the hub). */
export default function OpenTextInput({
  config,
  answers,
  open,
  onAnswer,
  shared,
  onPage,
}: InputProps<OpenTextConfig, OpenTextValue>) {
  const page = shared as Omit<Page, 'type' | 'seq'> | undefined;
  const mine = Object.entries(answers)
    .filter(([itemId, a]) => itemId.startsWith('s:') && isStatement(a.value))
    .map(([itemId, a]) => ({ id: itemId.slice(2), answer: a as MyAnswer<Statement> }));
  const myIds = new Set(mine.map((m) => m.id));
  const standing = mine.length;
  const full = standing >= config.maxPerParticipant;
  const words = wordingIn(config);

  return (
    <div className="items">
      <p className="item__hint">
        {t('text.count', {
          standing,
          max: countOf(config.maxPerParticipant, words, intlLocale()),
          written: words.written,
        })}
      </p>
      {config.lists.map((list) => {
        const others = (page?.statements ?? []).filter((s) => s.list === list.id && !myIds.has(s.id));
        return (
          <section key={list.id} className="item open-text">
            <h2 className="item__label">{list.label}</h2>
            {mine
              .filter((m) => m.answer.value.list === list.id)
              .map(({ id, answer }) => (
                <div key={id} className="statement statement--mine">
                  <p className="statement__text">{answer.value.text}</p>
                  <div className="statement__row">
                    <AnswerStatusLine status={answer.status} compact />
                    <button
                      type="button"
                      className="choice choice--small"
                      disabled={!open}
                      onClick={() => onAnswer(statementItem(id), null)}
                    >
                      {t('text.withdraw')}
                    </button>
                  </div>
                </div>
              ))}
            {open ? (
              <WriteStatement
                label={list.label}
                placeholder={words.placeholder}
                maxLength={config.maxLength}
                disabled={full}
                onWrite={(text) => onAnswer(statementItem(newId(12)), { list: list.id, text })}
              />
            ) : null}
            {full && open ? (
              <p className="muted">{t('text.full', { written: words.written, many: words.many })}</p>
            ) : null}
            {others.length > 0 ? (
              <ul
                className="statements"
                aria-label={t('text.others', { many: words.many, list: list.label })}
              >
                {others.map((s) => {
                  const vote = answers[upvoteItem(s.id)];
                  const upvoted = vote?.value === true;
                  return (
                    <li key={s.id} className="statement">
                      <p className="statement__text">{s.text}</p>
                      <div className="statement__row">
                        <AnswerStatusLine status={vote?.status} compact />
                        <button
                          type="button"
                          className="choice choice--small"
                          aria-pressed={upvoted}
                          disabled={!open}
                          onClick={() => onAnswer(upvoteItem(s.id), !upvoted)}
                        >
                          {upvoted
                            ? t('text.upvoted', { count: s.upvotes })
                            : t('text.upvote', { count: s.upvotes })}
                        </button>
                      </div>
                    </li>
                  );
                })}
              </ul>
            ) : null}
          </section>
        );
      })}
      {page && page.pages > 1 ? (
        <Pager page={page.page} pages={page.pages} many={words.many} onPage={onPage} />
      ) : null}
    </div>
  );
}

/** Others' statements come a page at a time: in a full room nobody scrolls through them all. */
function Pager({
  page,
  pages,
  many,
  onPage,
}: {
  page: number;
  pages: number;
  many: string;
  onPage?: (page: number) => void;
}) {
  return (
    <nav className="statement__row" aria-label={t('text.pages', { many })}>
      <button
        type="button"
        className="choice choice--small"
        disabled={page === 0 || !onPage}
        onClick={() => onPage?.(page - 1)}
      >
        {t('text.previous')}
      </button>
      <span className="muted">{t('text.page', { page: page + 1, pages })}</span>
      <button
        type="button"
        className="choice choice--small"
        disabled={page >= pages - 1 || !onPage}
        onClick={() => onPage?.(page + 1)}
      >
        {t('nav.next')}
      </button>
    </nav>
  );
}

function WriteStatement({
  label,
  placeholder,
  maxLength,
  disabled,
  onWrite,
}: {
  label: string;
  placeholder: string;
  maxLength: number;
  disabled: boolean;
  onWrite: (text: string) => void;
}) {
  const [text, setText] = useState('');
  const trimmed = cleanParticipantText(text);
  const writable = hasVisibleCharacter(trimmed);
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        if (!writable || disabled) return;
        onWrite(trimmed);
        setText('');
      }}
    >
      <textarea
        className="field"
        aria-label={label}
        placeholder={placeholder}
        maxLength={maxLength}
        value={text}
        disabled={disabled}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="statement__row">
        <span className="muted">{t('text.length', { length: text.length, max: maxLength })}</span>
        <button type="submit" className="choice choice--small" disabled={disabled || !writable}>
          {t('text.add')}
        </button>
      </div>
    </form>
  );
}
