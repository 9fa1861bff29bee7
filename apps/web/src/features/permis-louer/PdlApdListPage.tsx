import { useQuery } from '@apollo/client/react';
import { Box, Button } from '@mui/material';
import { PDL_OUTCOMES } from '@call/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PdlApdDossiersQuery as Result } from '../../gql/graphql';
import { formatDay } from '../../shared/format';
import { DataTable, PageHeader, QueryState, type Column } from '../../shared/kit';
import { PdlApdDossiersQuery } from './graphql/pdl-apd.graphql';
import { PdlNav } from './PdlNav';

type Row = Result['pdlApdDossiers']['items'][number];
const PAGE_SIZE = 25;

const COLUMNS: Column<Row>[] = [
  {
    id: 'number',
    label: 'N°',
    alwaysShown: true,
    render: (d) => (
      <Link to={`/permis-louer/apd/${d.id}`} style={{ whiteSpace: 'nowrap' }}>
        {d.number}
      </Link>
    ),
  },
  { id: 'owner', label: 'Propriétaire', render: (d) => d.ownerName },
  { id: 'address', label: 'Immeuble', render: (d) => `${d.street}, ${d.communeName}` },
  { id: 'dwellings', label: 'Logements créés', render: (d) => d.dwellingsCount },
  { id: 'receivedOn', label: 'Récépissé', render: (d) => formatDay(d.receivedOn) },
  {
    id: 'outcome',
    label: 'Décision',
    render: (d) => (d.outcome ? PDL_OUTCOMES.labels[d.outcome] : `en attente (tacite le ${formatDay(d.tacitOn)})`),
  },
  { id: 'final', label: 'Accord final après travaux', render: (d) => formatDay(d.finalApprovalOn) },
];

/** The APD (permis de diviser): latest first, with the decision (tacit after fifteen days) and the final approval. */
export function PdlApdListPage() {
  const [page, setPage] = useState(0);
  const q = useQuery(PdlApdDossiersQuery, {
    variables: { offset: page * PAGE_SIZE, limit: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const data = q.data ?? q.previousData;
  return (
    <Box>
      <PageHeader
        title="Permis de louer — autorisations préalables à la division"
        actions={
          <Button component={Link} to="/permis-louer/apd/nouveau" variant="contained">
            Nouvelle demande APD
          </Button>
        }
      />
      <PdlNav />
      <QueryState data={data} loading={q.loading} error={q.error} onRetry={() => void q.refetch()}>
        {(d) => (
          <DataTable<Row>
            id="pdl-apd"
            label="Dossiers APD"
            columns={COLUMNS}
            rows={d.pdlApdDossiers.items}
            rowKey={(r) => r.id}
            loading={q.loading}
            empty="Aucun dossier APD."
            serverPaging={{ page, pageSize: PAGE_SIZE, total: d.pdlApdDossiers.total, onPageChange: setPage }}
          />
        )}
      </QueryState>
    </Box>
  );
}
