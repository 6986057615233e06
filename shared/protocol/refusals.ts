import type { RefusalCode } from './errors';

/** Each refusal with the arguments its sentence names (strings where a number is a label, e.g. a port). */
interface RefusalArgs {
  'no-session': undefined;
  'last-activity': undefined;
  'first-activity': undefined;
  /** `number`: the one asked for, counted from 1; `count`: activities on the agenda. */
  'no-such-activity': { number: number; count: number };
  'no-cards': undefined;
  'nothing-to-answer': undefined;
  'not-in-session': undefined;
  'unknown-activity': { id: string };
  'already-opened': { name: string };
  'change-invalid': { name: string; detail: string };
  'too-many-activities': { max: number; count: number };
  'duplicate-activity': { id: string };
  'unknown-kind': { name: string; kind: string };
  'activity-invalid': { name: string; detail: string };
  'agenda-empty': undefined;
  'outcome-invalid': { detail: string };
  'not-an-address': { address: string };
  'port-in-use': { address: string; port: string };
  'address-gone': { address: string };
  'cannot-listen': { address: string; port: string; detail: string };
  'session-starting': undefined;
  'session-running': { code: string };
  'journal-unsaved': { detail: string };
  'answers-unsaved': { detail: string };
}

/** A refusal as the hub builds it: the code and, where its sentence names something, the args. */
export type Refusal = {
  [C in RefusalCode]: RefusalArgs[C] extends undefined ? { code: C } : { code: C; args: RefusalArgs[C] };
}[RefusalCode];

/** The refusal in English: the error's `message` (logs, older consoles). */
export function englishRefusal(refusal: Refusal): string {
  switch (refusal.code) {
    case 'no-session':
      return 'No session is running. Start one first.';
    case 'last-activity':
      return 'This is the last activity.';
    case 'first-activity':
      return 'This is the first activity.';
    case 'no-such-activity':
      return `There is no activity ${refusal.args.number}; the agenda has ${refusal.args.count}.`;
    case 'no-cards':
      return 'There are no cards to sort yet. Add cards to the sort before opening it: approve proposals first.';
    case 'nothing-to-answer':
      return 'This activity has nothing to answer yet. Add to it under Prepare before opening it.';
    case 'not-in-session':
      return 'That participant is not in this session.';
    case 'unknown-activity':
      return `This session has no activity "${refusal.args.id}".`;
    case 'already-opened':
      return `“${refusal.args.name}” has been opened already: its content can no longer change in this session.`;
    case 'change-invalid':
      return `“${refusal.args.name}” cannot take that change: ${refusal.args.detail}.`;
    case 'too-many-activities':
      return `A session holds at most ${refusal.args.max} activities; this one has ${refusal.args.count}.`;
    case 'duplicate-activity':
      return `Two activities share the id "${refusal.args.id}".`;
    case 'unknown-kind':
      return `Activity "${refusal.args.name}" is a kind this version does not know ("${refusal.args.kind}").`;
    case 'activity-invalid':
      return `Activity "${refusal.args.name}" cannot start: ${refusal.args.detail}.`;
    case 'agenda-empty':
      return 'The agenda has no activities to run.';
    case 'outcome-invalid':
      return `That outcome cannot be shown: ${refusal.args.detail}.`;
    case 'not-an-address':
      return `${refusal.args.address} is not a network address of this computer. Choose one of its networks.`;
    case 'port-in-use':
      return `Port ${refusal.args.port} is already in use on ${refusal.args.address}. Close the other program or choose another port.`;
    case 'address-gone':
      return `${refusal.args.address} is not an address of this computer (any more). Choose another network.`;
    case 'cannot-listen':
      return `Cannot listen on ${refusal.args.address}:${refusal.args.port}: ${refusal.args.detail}`;
    case 'session-starting':
      return 'A session is being started already.';
    case 'session-running':
      return `A session is already running (code ${refusal.args.code}). End it before starting another.`;
    case 'journal-unsaved':
      return `The session journal could not be saved: ${refusal.args.detail}.`;
    case 'answers-unsaved':
      return `Answers cannot be saved: ${refusal.args.detail}. Check the laptop's disk space.`;
  }
}

/** An error that carries its refusal (the hub's network switch throws these). */
export class RefusedError extends Error {
  constructor(readonly refusal: Refusal) {
    super(englishRefusal(refusal));
    this.name = 'RefusedError';
  }
}
