import { MAX_CLOSED_ANSWERS, answerValueSchema, type ClosedAnswer } from '../../shared/protocol';
import type { SessionActivity, SessionModel } from './session';

/**
 * Every latest answer to a closed activity, for the workshop file, with participants numbered in
 * join order instead of their ids. Undefined when there are more than the file keeps: the tally
 * stays, the answers are not cut to a misleading part.
 */
export function closedAnswers(session: SessionModel, activity: SessionActivity): ClosedAnswer[] | undefined {
  const answers: ClosedAnswer[] = [];
  let participant = 0;
  for (const participantId of session.participants.keys()) {
    participant += 1;
    const practice = session.practice.has(participantId);
    for (const { itemId, value, at } of session.answersOf(participantId, activity.spec.id)) {
      // Checked by the activity's kind when it came in; a value of no known shape is left out.
      const parsed = answerValueSchema.safeParse(value);
      if (!parsed.success) continue;
      answers.push({
        participant,
        item: itemId,
        value: parsed.data,
        at,
        ...(practice ? { practice: true } : {}),
      });
      if (answers.length > MAX_CLOSED_ANSWERS) return undefined;
    }
  }
  return answers.sort((a, b) => a.at - b.at || a.participant - b.participant);
}

/** The `answers` field of a closed result: absent rather than undefined, so results compare as JSON. */
export function withAnswers(answers: ClosedAnswer[] | undefined): { answers?: ClosedAnswer[] } {
  return answers ? { answers } : {};
}
