import { useEffect, useState } from 'react';
import type { CentricityCheck } from '../../../shared/exercises/centricity-check/schema';
import { departmentContactMap } from '../../../shared/exercises/centricity-check/departments';
import { centricityHistory, exerciseResult } from '../../../shared/exercises/centricity-check/history';
import { findResult } from '../../../shared/plan/results';
import type { Workshop } from '../../../shared/workshop/schema';
import { Distribution } from '../../activities/common/Distribution';
import { formatOneDecimal, t } from '../../i18n';
import { PracticeNotice } from '../../console/boards/PracticeNotice';
import { workshops } from '../../console/db';
import { DepartmentMap } from './DepartmentMap';
import { shortDate, TrendChart } from './TrendChart';
import './centricity.css';

const fmt = (n: number | null | undefined) => (n === null || n === undefined ? '–' : formatOneDecimal(n));

/** Population SD on a 1–5 scale: about 1.2 and above the room clearly disagrees. */
function spreadWords(spread: number | null): string {
  if (spread === null) return '';
  if (spread >= 1.2) return t('plan.centricity.disagrees');
  if (spread <= 0.6) return t('plan.centricity.agrees');
  return t('plan.centricity.someDisagreement');
}

/** The change since the previous workshop in words and a shape, not colour. */
function changeWords(change: number, since: string): string {
  if (Math.abs(change) < 0.05) return t('plan.centricity.same', { since });
  const amount = formatOneDecimal(Math.abs(change));
  return change > 0
    ? t('plan.centricity.up', { amount, since })
    : t('plan.centricity.down', { amount, since });
}

/** The organisation's other workshops, for the history; reloaded when the organisation changes. */
function useOrganisationLibrary(organisation: string): Workshop[] | null {
  const [state, setState] = useState<{ organisation: string; list: Workshop[] } | null>(null);
  useEffect(() => {
    let live = true;
    workshops.ofOrganisation(organisation).then(
      (list) => live && setState({ organisation, list }),
      () => live && setState({ organisation, list: [] }),
    );
    return () => {
      live = false;
    };
  }, [organisation]);
  return state?.organisation === organisation ? state.list : null;
}

/** Console: scores per question with their history, and the department contact map. */
export function CentricityResults({ workshop, exercise }: { workshop: Workshop; exercise: CentricityCheck }) {
  const library = useOrganisationLibrary(workshop.organisation);
  const poll = exerciseResult(workshop, exercise.id, 'scale-poll');
  const history = centricityHistory(workshop, exercise.id, library ?? []);
  const departments = departmentContactMap(workshop, exercise.id);
  const hasHistory = history.earlier.length > 0;
  const practice = {
    scores: findResult(workshop, exercise.id, 'scale-poll')?.practice,
    departments: findResult(workshop, exercise.id, 'multiple-choice')?.practice,
  };

  return (
    <div className="centricity-results" data-testid="centricity-results">
      <section className="editor-section">
        <h3>
          {t('plan.centricity.scores')}{' '}
          {poll ? (
            <span className="badge">{t('plan.centricity.people', { count: poll.tally.respondents })}</span>
          ) : null}
        </h3>
        {!poll ? <p className="muted">{t('plan.centricity.noScores')}</p> : null}
        <PracticeNotice share={practice.scores} />
        {workshop.organisation.trim() ? (
          <p className="muted" data-testid="history-note">
            {library === null
              ? t('plan.centricity.looking')
              : hasHistory
                ? t('plan.centricity.comparedWith', {
                    count: history.earlier.length,
                    organisation: workshop.organisation,
                    dates: history.earlier.map((e) => shortDate(e)).join(', '),
                  })
                : t('plan.centricity.noEarlier', { organisation: workshop.organisation })}
          </p>
        ) : (
          <p className="muted">{t('plan.centricity.noOrganisation')}</p>
        )}
        <ol className="centricity-questions">
          {exercise.questions.map((question, i) => {
            const item = poll?.tally.items.find((x) => x.id === question.id);
            const trend = history.questions[i];
            return (
              <li key={question.id} className="centricity-question" data-testid="centricity-question">
                <div className="centricity-question__head">
                  <p className="centricity-question__text">{question.text}</p>
                  <p className="centricity-question__mean" data-testid="question-mean">
                    <strong>{fmt(item?.mean)}</strong> <span className="muted">/ 5</span>
                  </p>
                </div>
                <div className="centricity-question__body">
                  <div>
                    <Distribution
                      label={t('plan.centricity.howRated', { question: question.text })}
                      distribution={item?.distribution ?? [0, 0, 0, 0, 0]}
                      min={1}
                      mean={item?.mean ?? null}
                    />
                    <p className="centricity-question__stats">
                      {t('plan.centricity.stats', {
                        count: item?.count ?? 0,
                        median: fmt(item?.median),
                        spread: fmt(item?.spread),
                      })}
                      {item?.spread != null ? ` (${spreadWords(item.spread)})` : ''}
                    </p>
                  </div>
                  {trend && trend.points.length > 0 && hasHistory ? (
                    <div className="centricity-question__trend">
                      <TrendChart points={trend.points} label={question.text} />
                      {trend.change !== null ? (
                        <p className="centricity-question__change" data-testid="trend-change">
                          {changeWords(trend.change, shortDate(trend.points.at(-2)!))}
                        </p>
                      ) : null}
                    </div>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ol>
      </section>
      {exercise.departments.length > 0 ? (
        <section className="editor-section">
          <h3>{t('plan.centricity.departments')}</h3>
          <PracticeNotice share={departments && practice.departments} />
          {departments ? (
            <DepartmentMap map={departments} />
          ) : (
            <p className="muted">{t('plan.centricity.notAsked')}</p>
          )}
        </section>
      ) : null}
    </div>
  );
}
