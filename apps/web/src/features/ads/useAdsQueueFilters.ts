import { useSearchParams } from 'react-router';
import { isAdsDossierType, isAdsStatus, type AdsDossierType, type AdsStatus } from '@call/domain';
import type { AdsQueue, AdsSort } from '../../gql/graphql';

const QUEUES: AdsQueue[] = ['ALL', 'MINE', 'DEADLINE_SOON', 'AWAITING_PIECES', 'AWAITING_OPINIONS'];
const SORTS: AdsSort[] = ['DEADLINE_ASC', 'DEADLINE_DESC', 'DEPOSITED_DESC', 'DEPOSITED_ASC', 'NUMBER_ASC'];

export interface AdsQueueFilters {
  queue: AdsQueue;
  withinDays: number;
  communeInsee: string | null;
  type: AdsDossierType | null;
  status: AdsStatus | null;
  instructorId: string | null;
  search: string;
  sort: AdsSort;
  page: number;
}

/** The queue's filters live in the URL, so a list can be bookmarked and shared. */
export function useAdsQueueFilters() {
  const [params, setParams] = useSearchParams();
  const get = (k: string) => params.get(k);
  const queue = QUEUES.find((q) => q === get('corbeille')) ?? 'ALL';
  const sort = SORTS.find((s) => s === get('tri')) ?? 'DEADLINE_ASC';
  const type = get('type');
  const status = get('statut');
  const filters: AdsQueueFilters = {
    queue,
    withinDays: Math.min(365, Math.max(0, Number(get('jours') ?? 15) || 15)),
    communeInsee: get('commune'),
    type: type && isAdsDossierType(type) ? type : null,
    status: status && isAdsStatus(status) ? status : null,
    instructorId: get('instructeur'),
    search: get('q') ?? '',
    sort,
    page: Math.max(0, Number(get('page') ?? 0) || 0),
  };
  const keys: Record<keyof AdsQueueFilters, string> = {
    queue: 'corbeille',
    withinDays: 'jours',
    communeInsee: 'commune',
    type: 'type',
    status: 'statut',
    instructorId: 'instructeur',
    search: 'q',
    sort: 'tri',
    page: 'page',
  };
  const setFilters = (patch: Partial<AdsQueueFilters>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      const key = keys[k as keyof AdsQueueFilters];
      if (v === null || v === '' || v === undefined) next.delete(key);
      else next.set(key, String(v));
    }
    // a new filter starts again on the first page
    if (!('page' in patch)) next.delete('page');
    setParams(next, { replace: true });
  };
  const variables = {
    queue: filters.queue,
    withinDays: filters.withinDays,
    communeInsee: filters.communeInsee,
    type: filters.type,
    statuses: filters.status ? [filters.status] : null,
    instructorId: filters.instructorId,
    search: filters.search || null,
  };
  return { filters, setFilters, variables };
}
