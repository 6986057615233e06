import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/theme.css';
import '../ui/visually-hidden.css';
import { ToastProvider } from '../ui/Toasts';
import { App } from './App';
import { captureHubToken } from './hubAccess';
import { loadLanguage, setPageCatalogues, useUiLanguage, type Messages } from '../i18n';
import { consoleLanguage } from './consoleLanguage';

captureHubToken();

/** A new console language draws every page afresh; the workshop itself lives in the database. */
function Root() {
  const language = useUiLanguage();
  return <App key={language} />;
}

// The console shows every part: its previews show what phones and the projector show.
setPageCatalogues({
  compiled: import.meta.glob<Messages>('../i18n/messages/*/*.json', {
    query: '?messages',
    import: 'default',
  }),
  pseudo: import.meta.glob<Messages>('../i18n/messages/*/en.json', { query: '?pseudo', import: 'default' }),
});
void loadLanguage(consoleLanguage()).finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ToastProvider>
        <Root />
      </ToastProvider>
    </StrictMode>,
  ),
);
