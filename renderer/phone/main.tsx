import { createRoot } from 'react-dom/client';
import { loadLanguage, setPageCatalogues, type Messages } from '../i18n';
import { joinCodeFromPath } from './joinPath';
import { PhoneApp } from './PhoneApp';
import { startLanguage } from './roomLanguage';
import '../ui/visually-hidden.css';
import './phone.css';

// The room's words only: the phone's bundle names no other part's chunks.
setPageCatalogues({
  compiled: import.meta.glob<Messages>('../i18n/messages/room/*.json', {
    query: '?messages',
    import: 'default',
  }),
  pseudo: import.meta.glob<Messages>('../i18n/messages/room/en.json', {
    query: '?pseudo',
    import: 'default',
  }),
});
// The first paint is already in a language: the catalogue comes before the page.
void loadLanguage(startLanguage()).finally(() =>
  createRoot(document.getElementById('root')!).render(
    <PhoneApp code={joinCodeFromPath(window.location.pathname)} />,
  ),
);
