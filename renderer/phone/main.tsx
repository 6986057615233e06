import { createRoot } from 'react-dom/client';
import { joinCodeFromPath } from './joinPath';
import { PhoneApp } from './PhoneApp';
import '../ui/visually-hidden.css';
import './phone.css';

createRoot(document.getElementById('root')!).render(
  <PhoneApp code={joinCodeFromPath(window.location.pathname)} />,
);
