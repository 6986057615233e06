import { createRoot } from 'react-dom/client';
import { hubSocketUrl, sameOriginHubUrl } from '../ui/hub/client';
import { isUiLanguage, loadLanguage, setPageCatalogues, t, type Messages } from '../i18n';
import { ProjectorApp, type ProjectorHub } from './ProjectorApp';
import '../ui/visually-hidden.css';
import './projector.css';

/** The console opens /projector#code=<CODE>; on the hub's own machine no code is needed. */
function codeFromHash(hash: string): string | undefined {
  const match = /(?:^#|&)code=([A-Za-z0-9]+)/.exec(hash);
  return match ? match[1]!.toUpperCase() : undefined;
}

/**
 * In the desktop app the projector comes from the app itself (app://outside-in), not from the hub,
 * so it learns the hub's address from the shell and proves itself with the facilitator token; in a
 * browser it talks to the page's own origin.
 */
async function findHub(): Promise<ProjectorHub> {
  if (window.outsideIn) {
    const info = await window.outsideIn.hubInfo();
    return { socketUrl: hubSocketUrl(info.url), token: info.facilitatorToken };
  }
  return { socketUrl: sameOriginHubUrl(window.location) };
}

// What phones say and what the screen says.
setPageCatalogues({
  compiled: import.meta.glob<Messages>(['../i18n/messages/room/*.json', '../i18n/messages/screen/*.json'], {
    query: '?messages',
    import: 'default',
  }),
  pseudo: import.meta.glob<Messages>(['../i18n/messages/room/en.json', '../i18n/messages/screen/en.json'], {
    query: '?pseudo',
    import: 'default',
  }),
});
const root = createRoot(document.getElementById('root')!);
// English until the session says the room's language; `?lang=` starts in another (tests, rehearsals).
const asked = new URLSearchParams(window.location.search).get('lang');
Promise.all([findHub(), loadLanguage(isUiLanguage(asked) ? asked : 'en')]).then(
  ([hub]) => root.render(<ProjectorApp code={codeFromHash(window.location.hash)} hub={hub} />),
  (error: unknown) =>
    root.render(
      <main className="projector projector--message">
        <h1>{'Outside-In'}</h1>
        <p>{t('projector.noHub', { error: String(error) })}</p>
      </main>,
    ),
);
