import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/theme.css';
import '../ui/visually-hidden.css';
import { ToastProvider } from '../ui/Toasts';
import { App } from './App';
import { captureHubToken } from './hubAccess';

captureHubToken();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ToastProvider>
      <App />
    </ToastProvider>
  </StrictMode>,
);
