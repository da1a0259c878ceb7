import {
  fulfillmentSortFields,
  fulfillmentStatuses,
  type ChannelInput,
  type FulfillmentSortField,
  type FulfillmentStatus,
} from '../../../../shared/contract';
import { positiveId } from '../contributors/listState';

/** What the user chose above the table: the request follows from it, the address keeps it. */
export interface FulfillmentListState {
  campaignId: number | undefined;
  status: FulfillmentStatus | undefined;
  itemId: number | undefined;
  query: string;
  missingAddress: boolean;
  sort: { field: FulfillmentSortField; dir: 'asc' | 'desc' };
}

export const initialListState: FulfillmentListState = {
  campaignId: undefined,
  status: undefined,
  itemId: undefined,
  query: '',
  missingAddress: false,
  sort: { field: 'contributor', dir: 'asc' },
};

/** Dates read best newest first (as on the Contributors screen); names and places from A. */
export function firstDirection(field: FulfillmentSortField): 'asc' | 'desc' {
  return field === 'updatedAt' ? 'desc' : 'asc';
}

/** The list request without its window (offset, limit), for one project. */
export function listRequest(
  state: FulfillmentListState,
  query: string,
  projectId: number,
): ChannelInput<'fulfillment.list'> {
  return {
    projectId,
    campaignId: state.campaignId,
    filters: {
      status: state.status,
      itemId: state.itemId,
      query: query.trim() === '' ? undefined : query.trim(),
      missingAddress: state.missingAddress || undefined,
    },
    sort: state.sort,
  };
}

/**
 * The state read from the address (`#/fulfillment?status=pending&sort=-updatedAt`): what a reload,
 * Back or a shared link finds again. Anything unreadable falls back to the default.
 */
export function parseListState(query: string): FulfillmentListState {
  const params = new URLSearchParams(query);
  const status = params.get('status');
  const sortText = params.get('sort') ?? '';
  const sortField = fulfillmentSortFields.find((field) => field === sortText.replace(/^-/, ''));
  return {
    campaignId: positiveId(params.get('campaign')) ?? undefined,
    status: fulfillmentStatuses.find((candidate) => candidate === status),
    itemId: positiveId(params.get('item')) ?? undefined,
    query: params.get('q') ?? '',
    missingAddress: params.get('missingAddress') === '1',
    sort: sortField
      ? { field: sortField, dir: sortText.startsWith('-') ? 'desc' : 'asc' }
      : initialListState.sort,
  };
}

/** The address query for a state; defaults are left out, so a plain `#/fulfillment` stays plain. */
export function listQuery(state: FulfillmentListState, withText = true): string {
  const params = new URLSearchParams();
  if (withText && state.query.trim() !== '') params.set('q', state.query);
  if (state.campaignId !== undefined) params.set('campaign', String(state.campaignId));
  if (state.status !== undefined) params.set('status', state.status);
  if (state.itemId !== undefined) params.set('item', String(state.itemId));
  if (state.missingAddress) params.set('missingAddress', '1');
  const { field, dir } = state.sort;
  if (field !== initialListState.sort.field || dir !== initialListState.sort.dir) {
    params.set('sort', `${dir === 'desc' ? '-' : ''}${field}`);
  }
  return params.toString();
}

export function listHref(state: FulfillmentListState): string {
  const query = listQuery(state);
  return query === '' ? '#/fulfillment' : `#/fulfillment?${query}`;
}

/**
 * Whether going from one state to the other is a step the Back button should undo: a filter or
 * a sort chosen is; typed search text is not (each key would be a step).
 */
export function isHistoryStep(from: FulfillmentListState, to: FulfillmentListState): boolean {
  return listQuery(from, false) !== listQuery(to, false);
}
