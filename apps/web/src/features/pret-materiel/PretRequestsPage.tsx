import { useQuery } from '@apollo/client/react';
import { Button, Chip, Stack } from '@mui/material';
import { PRET_HANDOVERS, PRET_STATUSES } from '@call/domain';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { PretRequestsQuery as Result } from '../../gql/graphql';
import { formatDay } from '../../shared/format';
import { DataTable, ErrorState, PageHeader, type Column } from '../../shared/kit';
import { PretRequestsQuery } from './graphql/pret-requests.query';

type Row = Result['pretRequests']['items'][number];
const PAGE_SIZE = 25;

const COLUMNS: Column<Row>[] = [
  { id: 'commune', label: 'Commune', render: (r) => r.communeName, alwaysShown: true },
  { id: 'event', label: 'Manifestation', render: (r) => r.eventName },
  { id: 'dates', label: 'Dates', render: (r) => `${formatDay(r.startOn)} → ${formatDay(r.endOn)}` },
  {
    id: 'lines',
    label: 'Matériel',
    render: (r) =>
      r.lines
        .map((l) => `${l.kindName} : ${l.approved ?? l.requested}${l.approved === null ? ' demandé(s)' : ''}`)
        .join(', '),
  },
  { id: 'handover', label: 'Livraison', render: (r) => PRET_HANDOVERS.labels[r.handover] },
  {
    id: 'status',
    label: 'Statut',
    render: (r) => (
      <Chip
        size="small"
        color={r.status === 'REQUESTED' ? 'warning' : r.status === 'REFUSED' ? 'default' : 'success'}
        label={PRET_STATUSES.labels[r.status] + (r.partial ? ' en partie' : '')}
      />
    ),
  },
];

/** The communes' requests, most recent events first; a row opens the request (answer, return check). */
export function PretRequestsPage() {
  const navigate = useNavigate();
  const [page, setPage] = useState(0);
  const { data, loading, error, refetch } = useQuery(PretRequestsQuery, {
    variables: { offset: page * PAGE_SIZE, limit: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Stack spacing={3}>
      <PageHeader
        title="Prêt de matériel"
        subtitle="Demandes des communes"
        actions={
          <>
            <Button component={Link} to="/pret-materiel/planning" variant="outlined">
              Planning
            </Button>
            <Button component={Link} to="/pret-materiel/semaine" variant="outlined">
              Semaine
            </Button>
            <Button component={Link} to="/pret-materiel/stock" variant="outlined">
              Stock
            </Button>
            <Button component={Link} to="/pret-materiel/reparations" variant="outlined">
              Réparations
            </Button>
            <Button component={Link} to="/pret-materiel/interventions" variant="outlined">
              Interventions
            </Button>
            <Button component={Link} to="/pret-materiel/demandes/nouvelle" variant="contained">
              Nouvelle demande
            </Button>
          </>
        }
      />
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      <DataTable
        id="pret-requests"
        label="Demandes de prêt"
        columns={COLUMNS}
        rows={data?.pretRequests.items}
        rowKey={(r) => r.id}
        loading={loading}
        empty="Aucune demande."
        onRowClick={(r) => void navigate(`/pret-materiel/demandes/${r.id}`)}
        serverPaging={{ page, pageSize: PAGE_SIZE, total: data?.pretRequests.total ?? 0, onPageChange: setPage }}
      />
    </Stack>
  );
}
