const TOKEN_KEY = 'outside-in.facilitator-token';

let exchange: Promise<void> = Promise.resolve();
let linkProblem: string | null = null;

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
      else if (!localStorage.getItem(TOKEN_KEY))
        linkProblem = typeof body.error === 'string' ? body.error : 'This console link did not work.';
    })
    .catch(() => {
      linkProblem = 'The live hub did not answer. Is Outside-In still running?';
    });
}

/** Why the last console link did not sign in, in words to show; null when it did or there was none. */
export function consoleLinkProblem(): string | null {
  return linkProblem;
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
