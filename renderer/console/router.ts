import { useEffect, useState } from 'react';

export type Route =
  | { page: 'library'; creating?: boolean }
  | { page: 'workshop'; workshopId: string; tab: 'agenda' | 'live' | 'plan' };

/** Hash routes: #/ · #/new (library, new-workshop dialog open) · #/w/<id> · #/w/<id>/live · #/w/<id>/plan. Anything else is the library. */
export function parseRoute(hash: string): Route {
  if (hash === '#/new') return { page: 'library', creating: true };
  const match = /^#\/w\/([^/?#]+)(?:\/(live|plan))?\/?$/.exec(hash);
  if (!match) return { page: 'library' };
  const tab = (match[2] as 'live' | 'plan' | undefined) ?? 'agenda';
  return { page: 'workshop', workshopId: decodeURIComponent(match[1]!), tab };
}

export function hrefOf(route: Route): string {
  if (route.page === 'library') return route.creating ? '#/new' : '#/';
  const base = `#/w/${encodeURIComponent(route.workshopId)}`;
  return route.tab === 'agenda' ? base : `${base}/${route.tab}`;
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
