import { useCallback, useState } from 'react';
import type {
  ChannelInput,
  Contribution,
  ContributionSortField,
  PaymentStatus,
} from '../../../../shared/contract';
import { invoke } from '../../api';
import { useDebounced } from '../contributors/useDebounced';
import { usePagedRows, type PagedRows } from '../../components/usePagedRows';

const SEARCH_DELAY_MS = 200;

export interface PledgeListState {
  query: string;
  status: PaymentStatus | null;
  /** 'none': pledges without a tier. */
  tierId: number | 'none' | null;
  sort: { field: ContributionSortField; dir: 'asc' | 'desc' };
}

export const DEFAULT_PLEDGE_SORT: PledgeListState['sort'] = { field: 'pledgedAt', dir: 'desc' };

/** Dates and amounts read best newest or biggest first; names, tiers and statuses from A. */
export function firstPledgeDirection(field: ContributionSortField): 'asc' | 'desc' {
  return field === 'pledgedAt' || field === 'amount' ? 'desc' : 'asc';
}

type ListInput = ChannelInput<'contributions.list'>;

/** The request the table makes, without the page (offset and limit are the pager's). */
export function pledgeRequest(
  campaignId: number,
  state: PledgeListState,
  debouncedQuery: string,
): Omit<ListInput, 'offset' | 'limit'> {
  const filters: NonNullable<ListInput['filters']> = {};
  if (state.status !== null) filters.status = state.status;
  if (state.tierId !== null) filters.tierId = state.tierId === 'none' ? null : state.tierId;
  const query = debouncedQuery.trim();
  if (query !== '') filters.query = query;
  return { campaignId, filters, sort: state.sort };
}

/**
 * A campaign's pledges for the virtual table: the state of its filters and sort, and the rows
 * paged in as they scroll into view (the Contributors list's pager, shared).
 */
export function usePledgeList(campaignId: number): {
  state: PledgeListState;
  setState: (update: (state: PledgeListState) => PledgeListState) => void;
  requestKey: string;
  paged: PagedRows<Contribution>;
  setRange: (range: { start: number; end: number }) => void;
} {
  const [state, setState] = useState<PledgeListState>({
    query: '',
    status: null,
    tierId: null,
    sort: DEFAULT_PLEDGE_SORT,
  });
  const [range, setRange] = useState({ start: 0, end: 0 });
  const debouncedQuery = useDebounced(state.query, SEARCH_DELAY_MS);
  const requestKey = JSON.stringify(pledgeRequest(campaignId, state, debouncedQuery));
  const fetchPage = useCallback(
    (offset: number, limit: number) => {
      const input = JSON.parse(requestKey) as Omit<ListInput, 'offset' | 'limit'>;
      return invoke('contributions.list', { ...input, offset, limit });
    },
    [requestKey],
  );
  const paged = usePagedRows<Contribution>(requestKey, fetchPage, range);
  return { state, setState, requestKey, paged, setRange };
}
