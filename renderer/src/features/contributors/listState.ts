import {
  contributorSortFields,
  paymentStatuses,
  type ChannelInput,
  type PaymentStatus,
} from '../../../../shared/contract';

export type SortField = (typeof contributorSortFields)[number];

/**
 * What the list shows: typed text, filters and sort. It lives in the address (`#/contributors?
 * q=mar&project=all&sort=-total`), so a reload or a Back from a contributor finds it again.
 */
export interface ListState {
  query: string;
  /** `current`: the project chosen in the top bar (the default); `all`: the whole workspace. */
  project: number | 'current' | 'all';
  campaignId: number | null;
  tierId: number | null;
  paymentStatus: PaymentStatus | null;
  country: string | null;
  sort: { field: SortField; dir: 'asc' | 'desc' };
}

export const DEFAULT_SORT: ListState['sort'] = { field: 'name', dir: 'asc' };

/** Amounts and dates read best biggest or newest first; names and places from A. */
export function firstDirection(field: SortField): 'asc' | 'desc' {
  return field === 'total' || field === 'lastPledge' ? 'desc' : 'asc';
}

/** A database id read from the address: a positive safe integer, or null. */
export function positiveId(text: string | null): number | null {
  if (text === null || !/^\d+$/.test(text)) return null;
  const id = Number(text);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

export function parseListState(query: string): ListState {
  const params = new URLSearchParams(query);
  const projectText = params.get('project');
  const status = params.get('status');
  const country = params.get('country');
  const sortText = params.get('sort') ?? '';
  const sortField = contributorSortFields.find((field) => field === sortText.replace(/^-/, ''));
  return {
    query: params.get('q') ?? '',
    project: projectText === 'all' ? 'all' : (positiveId(projectText) ?? 'current'),
    campaignId: positiveId(params.get('campaign')),
    tierId: positiveId(params.get('tier')),
    paymentStatus: paymentStatuses.find((candidate) => candidate === status) ?? null,
    country: country && /^[A-Z]{2}$/.test(country) ? country : null,
    sort: sortField
      ? { field: sortField, dir: sortText.startsWith('-') ? 'desc' : 'asc' }
      : DEFAULT_SORT,
  };
}

/** The address query for a state; the defaults are left out so a plain `#/contributors` stays plain. */
export function listQuery(state: ListState): string {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query);
  if (state.project !== 'current') params.set('project', String(state.project));
  if (state.campaignId !== null) params.set('campaign', String(state.campaignId));
  if (state.tierId !== null) params.set('tier', String(state.tierId));
  if (state.paymentStatus !== null) params.set('status', state.paymentStatus);
  if (state.country !== null) params.set('country', state.country);
  const { field, dir } = state.sort;
  if (field !== DEFAULT_SORT.field || dir !== DEFAULT_SORT.dir) {
    params.set('sort', `${dir === 'desc' ? '-' : ''}${field}`);
  }
  return params.toString();
}

export function listHref(state: ListState, id?: number): string {
  const query = listQuery(state);
  const path = id === undefined ? '#/contributors' : `#/contributors/${id}`;
  return query === '' ? path : `${path}?${query}`;
}

/** The project the list is about: undefined means every project of the workspace. */
export function projectIdOf(
  state: ListState,
  currentProjectId: number | undefined,
): number | undefined {
  if (state.project === 'all') return undefined;
  if (state.project === 'current') return currentProjectId;
  return state.project;
}

type SearchInput = ChannelInput<'contributors.search'>;

/** The search the list makes (without the page: offset and limit are the pager's). */
export function searchRequest(
  state: ListState,
  debouncedQuery: string,
  currentProjectId: number | undefined,
): Omit<SearchInput, 'offset' | 'limit'> {
  const filters: NonNullable<SearchInput['filters']> = {};
  const projectId = projectIdOf(state, currentProjectId);
  if (projectId !== undefined) filters.projectId = projectId;
  if (state.campaignId !== null) filters.campaignId = state.campaignId;
  if (state.tierId !== null) filters.tierId = state.tierId;
  if (state.paymentStatus !== null) filters.paymentStatus = state.paymentStatus;
  if (state.country !== null) filters.country = state.country;
  const query = debouncedQuery.trim();
  return { ...(query === '' ? {} : { query }), filters, sort: state.sort };
}

export function hasNarrowing(state: ListState): boolean {
  return (
    state.query.trim() !== '' ||
    state.campaignId !== null ||
    state.tierId !== null ||
    state.paymentStatus !== null ||
    state.country !== null
  );
}
