import { isPendingAnswer, type PendingAnswer } from '../ui/hub/answerQueue';

/** Who this phone is in the session (from the hub's welcome). */
export interface Identity {
  participantId: string;
  secret: string;
}

/** What a phone takes along when the room moves to another address: who it is, what is unsent. */
export interface Carried {
  identity: Identity;
  answers: PendingAnswer[];
}

/**
 * localStorage is per address, so the identity travels in the URL fragment, which browsers never
 * send to a server (nor put in its logs): `#resume=<participantId>.<secret>&answers=<JSON>`.
 */
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const SECRET = /^[A-Za-z0-9_-]{1,200}$/;
const MAX_ANSWERS = 100;
/** Room for unsent answers in the fragment; older ones are left behind past it. */
const MAX_ANSWERS_CHARS = 16_000;

/**
 * Where a phone goes on `moved`: the new join URL with its identity and unacked answers in the
 * fragment. null when `joinUrl` is not this session's join page on another http(s) address.
 */
export function followUrl(
  joinUrl: string,
  code: string,
  currentOrigin: string,
  identity: Identity | null,
  answers: readonly PendingAnswer[],
): string | null {
  let url: URL;
  try {
    url = new URL(joinUrl);
  } catch {
    return null;
  }
  const fits =
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    !url.username &&
    !url.password &&
    url.pathname === `/j/${code}` &&
    !url.search &&
    !url.hash &&
    // Same address: a fragment-only change would not even reload the page.
    url.origin !== currentOrigin;
  if (!fits) return null;
  const page = `${url.origin}/j/${code}`;
  if (!identity || !ID.test(identity.participantId) || !SECRET.test(identity.secret)) return page;
  let fragment = `#resume=${identity.participantId}.${identity.secret}`;
  // Newest answers first in, so the ones left behind (if any) are the oldest.
  let kept = answers.slice(-MAX_ANSWERS);
  let encoded = encodeURIComponent(JSON.stringify(kept));
  while (kept.length > 0 && encoded.length > MAX_ANSWERS_CHARS) {
    kept = kept.slice(1);
    encoded = encodeURIComponent(JSON.stringify(kept));
  }
  if (kept.length > 0) fragment += `&answers=${encoded}`;
  return page + fragment;
}

const bounded = (a: PendingAnswer) =>
  a.clientAnswerId.length <= 64 &&
  a.activityId.length <= 200 &&
  a.itemId.length <= 200 &&
  Number.isFinite(a.madeAt);

/** The identity and answers a fragment carries; null unless it is exactly a well-formed `#resume=…`. */
export function readCarried(hash: string): Carried | null {
  if (!hash.startsWith('#resume=')) return null;
  const fields = new Map<string, string>();
  for (const part of hash.slice(1).split('&')) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq);
    if (eq < 0 || fields.has(key) || (key !== 'resume' && key !== 'answers')) return null;
    fields.set(key, part.slice(eq + 1));
  }
  const [participantId, secret, ...extra] = fields.get('resume')!.split('.');
  if (extra.length || !participantId || !secret || !ID.test(participantId) || !SECRET.test(secret))
    return null;
  let answers: PendingAnswer[] = [];
  const rawAnswers = fields.get('answers');
  if (rawAnswers !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(decodeURIComponent(rawAnswers));
    } catch {
      return null;
    }
    if (!Array.isArray(parsed) || parsed.length > MAX_ANSWERS) return null;
    if (!parsed.every((a) => isPendingAnswer(a) && bounded(a))) return null;
    answers = parsed as PendingAnswer[];
  }
  return { identity: { participantId, secret }, answers };
}

/**
 * On load: takes what a phone carried from the room's old address out of the address bar (so it
 * is not bookmarked, shared or shown) and returns it. A malformed one goes too, and is ignored:
 * the phone joins fresh.
 */
export function takeCarried(
  location: Pick<Location, 'hash' | 'pathname' | 'search'>,
  history: Pick<History, 'replaceState' | 'state'>,
): Carried | null {
  if (!location.hash.startsWith('#resume=')) return null;
  const carried = readCarried(location.hash);
  try {
    history.replaceState(history.state, '', location.pathname + location.search);
  } catch {
    // The fragment stays visible; the phone still works.
  }
  return carried;
}
