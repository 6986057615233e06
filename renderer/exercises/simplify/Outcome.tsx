import type { Decision } from '../../../shared/exercises/simplify/schema';
import type { OutcomeOf } from '../../../shared/outcomes';
import './outcome.css';

type Offering = OutcomeOf<'simplify'>['data']['offerings'][number];

/** The matrix read as a page: burden up, value to the right. */
const QUADRANTS: Array<{ id: Decision; label: string; hint: string }> = [
  { id: 'retire', label: 'Retire', hint: 'low value, high burden' },
  { id: 'simplify', label: 'Simplify', hint: 'high value, high burden' },
  { id: 'question', label: 'Question', hint: 'low value, low burden' },
  { id: 'keep', label: 'Keep', hint: 'high value, low burden' },
];

/** The simplification matrix: each offering in the team's decision (or the ratings' suggestion). */
export function SimplifyOutcome({ outcome }: { outcome: OutcomeOf<'simplify'> }) {
  const offerings = outcome.data.offerings;
  const placeOf = (o: Offering) => o.decision ?? o.suggested;
  const unplaced = offerings.filter((o) => placeOf(o) === null);
  const basics = offerings.filter((o) => o.failsBasics).length;
  return (
    <div className="oc-simplify">
      <div className="oc-simplify__matrix">
        <p className="oc-simplify__axis oc-simplify__axis--y">Burden on the customer ↑</p>
        <div className="oc-simplify__grid">
          {QUADRANTS.map((q) => {
            const here = offerings.filter((o) => placeOf(o) === q.id);
            return (
              <section
                key={q.id}
                className={`oc-quadrant oc-quadrant--${q.id}`}
                aria-labelledby={`oc-q-${q.id}`}
              >
                <h2 id={`oc-q-${q.id}`}>
                  {q.label} <span className="oc-quadrant__hint">{q.hint}</span>
                </h2>
                <ul>
                  {here.map((o) => (
                    <li key={o.id} className="oc-offering" data-testid="outcome-offering">
                      <span>{o.name}</span>
                      {o.decision === null ? <span className="oc-tag">suggested</span> : null}
                      {o.failsBasics ? <strong className="oc-tag oc-tag--basics">Basics first</strong> : null}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
        <p className="oc-simplify__axis oc-simplify__axis--x">Value to the customer →</p>
      </div>
      <p className="oc-note">
        {basics
          ? `Basics first: the room says ${basics} ${basics === 1 ? 'offering does' : 'offerings do'} not meet the basics yet. `
          : ''}
        {unplaced.length ? `Not rated or decided: ${unplaced.map((o) => o.name).join(', ')}.` : ''}
      </p>
    </div>
  );
}
