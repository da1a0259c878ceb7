import { useMemo, useSyncExternalStore } from 'react';

/** Hash routing (`#/budget/12`): works from a file:// page in Electron and needs no server rules. */
function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentHash(): string {
  return window.location.hash;
}

export interface HashRoute {
  /** First segment: which area (`budget`). Empty when the address has no route. */
  path: string;
  /** The segments after it, for screens that show one item (`['12']`). */
  params: readonly string[];
  /** What follows `?` (`#/contributors?q=mar`): a screen's own state, such as its filters. */
  query: string;
}

export function parseHash(hash: string): HashRoute {
  const route = hash.replace(/^#\/?/, '');
  const queryStart = route.indexOf('?');
  const segments = (queryStart < 0 ? route : route.slice(0, queryStart))
    .split('/')
    .filter((segment) => segment.length > 0)
    .map((segment) => decodeURIComponent(segment));
  const query = queryStart < 0 ? '' : route.slice(queryStart + 1);
  return { path: segments[0] ?? '', params: segments.slice(1), query };
}

export function hrefFor(path: string, ...params: readonly (string | number)[]): string {
  return `#/${[path, ...params].map((part) => encodeURIComponent(String(part))).join('/')}`;
}

export function useHashRoute(): HashRoute {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return useMemo(() => parseHash(hash), [hash]);
}
