import type { OpenTextConfig, OpenTextResult } from '../../../shared/activities/openText';
import { wordCloud } from '../../../shared/activities/wordCloud';
import { t } from '../../i18n';
import type { LiveProps } from '../types';
import { PROJECTOR_PAGE } from './projectorPages';
import { RankedStatements } from './Statements';

/** Projector: the most upvoted statements per list, a page at a time, or the words as a cloud. */
export default function OpenTextLive({ config, result, display }: LiveProps<OpenTextConfig, OpenTextResult>) {
  if (display?.cloud) return <WordCloud result={result} />;
  return (
    <RankedStatements
      config={config}
      result={result}
      limit={PROJECTOR_PAGE}
      offset={(display?.page ?? 0) * PROJECTOR_PAGE}
      heading="h2"
    />
  );
}

function WordCloud({ result }: { result: OpenTextResult }) {
  const words = wordCloud(result.lists.flatMap((l) => l.statements));
  if (!words.length) return <p className="ranked__empty">{t('live.noWords')}</p>;
  return (
    <ul className="word-cloud" aria-label={t('live.words')} data-testid="word-cloud">
      {words.map((w) => (
        <li
          key={w.word}
          className="word-cloud__word"
          // 1em is the surface's 24 px minimum; the heaviest word is two and a half times that.
          style={{ fontSize: `${1 + 1.5 * w.scale}em`, opacity: 0.6 + 0.4 * w.scale }}
          title={`${w.weight}`}
        >
          {w.word}
        </li>
      ))}
    </ul>
  );
}
