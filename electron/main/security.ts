// Electron glue for the shell rules; the decisions themselves are pure functions in
// navigation.ts and csp.ts, tested there.
import { app, session, shell, type Session, type WebContents } from 'electron';
import { withContentSecurityPolicy } from './csp';
import { decideNavigation, ourPageAt, type PageLocations, type PageName } from './navigation';

export interface ShellSecurityOptions {
  locations: () => PageLocations;
  contentSecurityPolicy: () => string;
  /** Opens (or focuses) one of our windows when a page asks for it with window.open. */
  showPage: (page: PageName) => void;
}

function openExternally(url: string): void {
  shell
    .openExternal(url)
    .catch((error: unknown) => console.warn('Could not open link outside the app:', error));
}

/** Deny every permission, and send our policy with every page served over http (the dev server; app:// pages get it from appPages.ts). */
function hardenSession(ses: Session, options: ShellSecurityOptions): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onHeadersReceived((details, callback) => {
    const isDocument = details.resourceType === 'mainFrame' || details.resourceType === 'subFrame';
    callback({
      responseHeaders: isDocument
        ? withContentSecurityPolicy(details.responseHeaders, options.contentSecurityPolicy())
        : details.responseHeaders,
    });
  });
}

/** Navigation rules for one webContents: ours stays, web links go to the browser, the rest is refused. */
function guardWebContents(contents: WebContents, options: ShellSecurityOptions): void {
  contents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url, options.locations());
    if (decision.action === 'allow') return;
    event.preventDefault();
    if (decision.action === 'open-externally') openExternally(decision.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !ourPageAt(event.url, options.locations())) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!ourPageAt(event.url, options.locations())) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No window is ever created from a page: ours open through main with their hardened options.
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideNavigation(url, options.locations());
    if (decision.action === 'allow') {
      const page = ourPageAt(url, options.locations());
      if (page) options.showPage(page);
    } else if (decision.action === 'open-externally') {
      openExternally(decision.url);
    }
    return { action: 'deny' };
  });
}

/** Call before app 'ready'. There is no remote module to disable: Electron removed it in v14. */
export function applyShellSecurity(options: ShellSecurityOptions): void {
  app.enableSandbox();
  app.on('session-created', (ses) => hardenSession(ses, options));
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, options));
  app.whenReady().then(() => hardenSession(session.defaultSession, options));
}
