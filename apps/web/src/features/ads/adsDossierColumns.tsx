import { ADS_OPEN_STATUSES } from '@call/domain';
import { Link } from 'react-router';
import type { AdsDossiersQuery as AdsDossiersResult, AdsSort } from '../../gql/graphql';
import { formatDay } from '../../shared/format';
import type { Column, TableSort } from '../../shared/kit';
import { AdsDaysLeft } from './AdsDaysLeft';

export type AdsRow = AdsDossiersResult['adsDossiers']['items'][number];

// each column sorts by the API, both ways: the enum is the column's name and the direction
const SORT_COLUMNS = {
  number: 'NUMBER',
  type: 'TYPE',
  commune: 'COMMUNE',
  applicant: 'APPLICANT',
  depositedOn: 'DEPOSITED',
  status: 'STATUS',
  deadline: 'DEADLINE',
  instructor: 'INSTRUCTOR',
} as const;
type SortColumn = keyof typeof SORT_COLUMNS;

export function tableSortOf(sort: AdsSort): TableSort {
  const [name, direction] = [sort.slice(0, sort.lastIndexOf('_')), sort.endsWith('_DESC') ? 'desc' : 'asc'] as const;
  const column = (Object.keys(SORT_COLUMNS) as SortColumn[]).find((c) => SORT_COLUMNS[c] === name) ?? 'deadline';
  return { column, direction };
}

export const apiSortOf = ({ column, direction }: TableSort): AdsSort =>
  `${SORT_COLUMNS[column as SortColumn] ?? 'DEADLINE'}_${direction === 'asc' ? 'ASC' : 'DESC'}` as AdsSort;

/** The queue's columns; all sort (by the API), all but the number can be hidden. */
export function adsDossierColumns(today: string): Column<AdsRow>[] {
  return [
    {
      id: 'number',
      label: 'Numéro',
      alwaysShown: true,
      sortValue: true,
      render: (d) => (
        <Link to={`/ads/dossiers/${d.id}`} onClick={(e) => e.stopPropagation()} style={{ whiteSpace: 'nowrap' }}>
          {d.number}
        </Link>
      ),
    },
    { id: 'type', label: 'Type', sortValue: true, render: (d) => d.type },
    { id: 'commune', label: 'Commune', sortValue: true, render: (d) => d.communeName },
    { id: 'applicant', label: 'Demandeur', sortValue: true, render: (d) => d.applicantName },
    { id: 'depositedOn', label: 'Dépôt', sortValue: true, render: (d) => formatDay(d.depositedOn) },
    { id: 'status', label: 'Statut', sortValue: true, render: (d) => d.situation },
    {
      id: 'deadline',
      label: 'Échéance',
      sortValue: true,
      render: (d) =>
        ADS_OPEN_STATUSES.includes(d.status) ? (
          <span style={{ whiteSpace: 'nowrap' }}>
            {formatDay(d.deadline)} <AdsDaysLeft status={d.status} deadline={d.deadline} today={today} />
          </span>
        ) : (
          '—'
        ),
    },
    { id: 'instructor', label: 'Instructeur', sortValue: true, render: (d) => d.instructorName ?? '—' },
  ];
}
