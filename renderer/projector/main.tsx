import { createRoot } from 'react-dom/client';
import { ProjectorApp } from './ProjectorApp';
import './projector.css';

/** The console opens /projector#code=<CODE>; on the hub's own machine no code is needed. */
function codeFromHash(hash: string): string | undefined {
  const match = /(?:^#|&)code=([A-Za-z0-9]+)/.exec(hash);
  return match ? match[1]!.toUpperCase() : undefined;
}

createRoot(document.getElementById('root')!).render(
  <ProjectorApp code={codeFromHash(window.location.hash)} />,
);
