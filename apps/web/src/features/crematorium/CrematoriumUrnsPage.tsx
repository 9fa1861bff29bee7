import { useQuery } from '@apollo/client/react';
import { Chip, Stack } from '@mui/material';
import { urnStatus } from '@call/domain';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { CrematoriumKeptUrnsQuery as Result } from '../../gql/graphql';
import { formatDay, todayInFrance } from '../../shared/format';
import { DataTable, ErrorState, PageHeader, type Column } from '../../shared/kit';
import { CrematoriumKeptUrnsQuery } from './graphql/crematorium.documents';

type Row = Result['crematoriumKeptUrns']['items'][number];
const PAGE_SIZE = 25;

const STATUS = {
  KEPT: { label: 'Conservée', color: 'default' },
  ALERT: { label: 'Bientôt un an', color: 'warning' },
  OVERDUE: { label: 'Plus d’un an', color: 'error' },
} as const;

function columns(today: string): Column<Row>[] {
  return [
    { id: 'reference', label: 'N°', render: (r) => r.reference, alwaysShown: true },
    { id: 'deceased', label: 'Défunt', render: (r) => `${r.deceasedLastName} ${r.deceasedFirstNames}` },
    { id: 'operator', label: 'Opérateur funéraire', render: (r) => r.operatorName },
    { id: 'cremationOn', label: 'Crémation', render: (r) => formatDay(r.cremationOn) },
    { id: 'alert', label: 'Alerte le', render: (r) => formatDay(r.urnAlertOn) },
    { id: 'until', label: 'Conservée au plus tard jusqu’au', render: (r) => formatDay(r.urnKeptUntil) },
    {
      id: 'status',
      label: 'État',
      render: (r) => {
        const s = STATUS[urnStatus(r.cremationOn, today)];
        return <Chip size="small" color={s.color} label={s.label} />;
      },
    },
  ];
}

/** Urns kept at the crematorium, the oldest first: one year at most (CGCT L2223-18-1), flagged a month before. */
export function CrematoriumUrnsPage() {
  const navigate = useNavigate();
  const [page, setPage] = useState(0);
  const today = todayInFrance();
  const { data, loading, error, refetch } = useQuery(CrematoriumKeptUrnsQuery, {
    variables: { offset: page * PAGE_SIZE, limit: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Stack spacing={3}>
      <PageHeader
        title="Urnes conservées"
        subtitle="Un an au plus après la crémation (CGCT L2223-18-1), alerte un mois avant"
      />
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      <DataTable
        id="crematorium-urns"
        label="Urnes conservées"
        columns={columns(today)}
        rows={data?.crematoriumKeptUrns.items}
        rowKey={(r) => r.id}
        loading={loading}
        empty="Aucune urne conservée."
        onRowClick={(r) => void navigate(`/crematorium/cremations/${r.id}`)}
        serverPaging={{ page, pageSize: PAGE_SIZE, total: data?.crematoriumKeptUrns.total ?? 0, onPageChange: setPage }}
      />
    </Stack>
  );
}
