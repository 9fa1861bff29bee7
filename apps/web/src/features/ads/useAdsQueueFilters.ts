import { isAdsDossierType, isAdsStatus } from '@call/domain';
import type { AdsQueue, AdsSort } from '../../gql/graphql';
import {
  intFilter,
  oneOfFilter,
  optionalFilter,
  optionalOneOfFilter,
  textFilter,
  useUrlFilters,
} from '../../shared/kit';

const QUEUES: AdsQueue[] = ['ALL', 'MINE', 'OVERDUE', 'DEADLINE_SOON', 'AWAITING_PIECES', 'AWAITING_OPINIONS'];
const SORTS: AdsSort[] = (
  ['DEADLINE', 'DEPOSITED', 'NUMBER', 'TYPE', 'COMMUNE', 'APPLICANT', 'STATUS', 'INSTRUCTOR'] as const
).flatMap((c) => [`${c}_ASC` as const, `${c}_DESC` as const]);

const SCHEMA = {
  queue: oneOfFilter('corbeille', QUEUES, 'ALL'),
  withinDays: intFilter('jours', 15, 0, 365),
  communeInsee: optionalFilter('commune'),
  type: optionalOneOfFilter('type', isAdsDossierType),
  status: optionalOneOfFilter('statut', isAdsStatus),
  instructorId: optionalFilter('instructeur'),
  search: textFilter('q'),
  sort: oneOfFilter('tri', SORTS, 'DEADLINE_ASC'),
  page: intFilter('page', 0, 0, 100_000),
};

/** The queue's filters live in the URL, so a list can be bookmarked and shared. */
export function useAdsQueueFilters() {
  const { filters, setFilters } = useUrlFilters(SCHEMA);
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
