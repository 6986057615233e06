import { createRoot } from 'react-dom/client';
import { loadLanguage, PHONE_PARTS, setPageParts } from '../i18n';
import { joinCodeFromPath } from './joinPath';
import { PhoneApp } from './PhoneApp';
import { startLanguage } from './roomLanguage';
import '../ui/visually-hidden.css';
import './phone.css';

setPageParts(PHONE_PARTS);
// The first paint is already in a language: the catalogue comes before the page.
void loadLanguage(startLanguage()).finally(() =>
  createRoot(document.getElementById('root')!).render(
    <PhoneApp code={joinCodeFromPath(window.location.pathname)} />,
  ),
);
