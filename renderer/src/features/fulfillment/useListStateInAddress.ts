import { useCallback, useEffect, useRef, useState } from 'react';
import { parseHash } from '../../shell/hashRoute';
import { isHistoryStep, listHref, parseListState, type FulfillmentListState } from './listState';

type Update = (previous: FulfillmentListState) => FulfillmentListState;

/**
 * The filters and sort live in the address, as on the Contributors screen, so a reload or a
 * shared link finds them again. A filter or sort chosen is a history step (Back undoes it);
 * typed search text replaces the current entry instead of adding one per key.
 */
export function useListStateInAddress(): [FulfillmentListState, (update: Update) => void] {
  const [state, setState] = useState(() => parseListState(parseHash(window.location.hash).query));
  const written = useRef(state);

  useEffect(() => {
    const href = listHref(state);
    if (window.location.hash !== href) {
      const url = `${window.location.pathname}${window.location.search}${href}`;
      if (isHistoryStep(written.current, state)) window.history.pushState(null, '', url);
      else window.history.replaceState(window.history.state, '', url);
    }
    written.current = state;
  }, [state]);

  // Back and Forward (and a link to the screen with other filters) bring the address's state.
  useEffect(() => {
    const follow = () => {
      const route = parseHash(window.location.hash);
      if (route.path !== 'fulfillment') return;
      const next = parseListState(route.query);
      written.current = next;
      setState((previous) => (listHref(previous) === listHref(next) ? previous : next));
    };
    window.addEventListener('popstate', follow);
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener('hashchange', follow);
    };
  }, []);

  const update = useCallback((change: Update) => setState(change), []);
  return [state, update];
}
