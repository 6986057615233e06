import type { OpenTextConfig, OpenTextResult } from '../../../shared/activities/openText';
import { t } from '../../i18n';
import { wordingIn } from './wording';
import './statements.css';

/** Ranked statements per list, most upvoted first (projector shows the top few, console all). */
export function RankedStatements({
  config,
  result,
  limit,
  offset = 0,
  heading: Heading = 'h3',
}: {
  config: OpenTextConfig;
  result: OpenTextResult;
  limit?: number;
  /** Statements to skip (a later page on the projector). */
  offset?: number;
  /** h2 on the projector, right under its h1; h3 under the console's activity heading. */
  heading?: 'h2' | 'h3';
}) {
  const words = wordingIn(config);
  return (
    <div
      className="ranked"
      style={{ gridTemplateColumns: `repeat(${Math.min(config.lists.length, 2)}, 1fr)` }}
    >
      {config.lists.map((list) => {
        const statements = result.lists.find((l) => l.id === list.id)?.statements ?? [];
        const shown = limit ? statements.slice(offset, offset + limit) : statements;
        const after = limit ? Math.max(0, statements.length - offset - limit) : 0;
        return (
          <section key={list.id} className="ranked__list">
            <Heading className="ranked__title">{list.label}</Heading>
            {shown.length === 0 && statements.length === 0 ? (
              <p className="ranked__empty">
                {t('ranked.empty', { many: words.many, written: words.written })}
              </p>
            ) : null}
            <ol className="ranked__items" start={offset + 1}>
              {shown.map((s) => (
                <li key={s.id} className="ranked__item">
                  <span className="ranked__votes" aria-label={t('ranked.upvotes', { count: s.upvotes })}>
                    ▲ {s.upvotes}
                  </span>
                  <span className="ranked__text">{s.text}</span>
                </li>
              ))}
            </ol>
            {after > 0 ? <p className="ranked__more">{t('ranked.more', { count: after })}</p> : null}
          </section>
        );
      })}
    </div>
  );
}
