const TOKEN_KEY = 'outside-in.facilitator-token';

/**
 * Browser mode hands the facilitator token over in the URL fragment (never sent to a server).
 * Take it out of the address bar at start-up and keep it for this tab only.
 */
export function captureHubToken(): void {
  const match = /^#token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (!match) return;
  sessionStorage.setItem(TOKEN_KEY, match[1]!);
  history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
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
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (!token || !/^https?:$/.test(window.location.protocol)) return null;
  return { url: window.location.origin, token };
}
