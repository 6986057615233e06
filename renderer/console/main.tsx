import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/theme.css';
import '../ui/visually-hidden.css';
import { ToastProvider } from '../ui/Toasts';
import { App } from './App';
import { captureHubToken } from './hubAccess';
import { loadLanguage } from '../i18n';

captureHubToken();

// The console is English for now; the live views it shares with phones read the catalogue.
void loadLanguage('en').finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ToastProvider>
        <App />
      </ToastProvider>
    </StrictMode>,
  ),
);
