import type {
  ChannelInput,
  FulfillmentSortField,
  FulfillmentStatus,
} from '../../../../shared/contract';

/** What the user chose above the table: the request follows from it. */
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
