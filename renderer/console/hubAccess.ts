import { t } from '../i18n';

const TOKEN_KEY = 'outside-in.facilitator-token';

/** Why a console link did not sign in: the hub refused the ticket, refused otherwise, or did not answer. */
export type LinkProblem = 'used' | 'refused' | 'no-answer';

let exchange: Promise<void> = Promise.resolve();
let linkProblem: LinkProblem | null = null;

/**
 * Browser mode opens the console with a one-time ticket in the URL fragment, never the key: the
 * fragment leaves the address bar before the first paint, and the ticket is traded for the key
 * once. The key stays with this browser for the hub's origin, so reloads and restarts keep working.
 */
export function captureHubToken(): void {
  const match = /^#ticket=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (!match) return;
  history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
  exchange = fetch('/console/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ticket: match[1] }),
  })
    .then(async (response) => {
      const body = (await response.json().catch(() => ({}))) as { token?: unknown; error?: unknown };
      if (response.ok && typeof body.token === 'string') localStorage.setItem(TOKEN_KEY, body.token);
      // The hub answers 403 to a ticket that was used or is too old (its page's origin always matches).
      else if (!localStorage.getItem(TOKEN_KEY)) linkProblem = response.status === 403 ? 'used' : 'refused';
    })
    .catch(() => {
      linkProblem = 'no-answer';
    });
}

/** Why the last console link did not sign in, in the console's language; null when it did or there was none. */
export function consoleLinkProblem(): string | null {
  switch (linkProblem) {
    case 'used':
      return t('session.link.used');
    case 'refused':
      return t('session.link.refused');
    case 'no-answer':
      return t('session.link.noAnswer');
    default:
      return null;
  }
}

export interface HubAccess {
  /** http://127.0.0.1:PORT */
  url: string;
  token: string;
}

export async function hubAccess(): Promise<HubAccess | null> {
  if (window.outsideIn) {
    const info = await window.outsideIn.hubInfo();
    return { url: info.url, token: info.facilitatorToken };
  }
  await exchange;
  const token = localStorage.getItem(TOKEN_KEY);
  if (!token || !/^https?:$/.test(window.location.protocol)) return null;
  return { url: window.location.origin, token };
}
