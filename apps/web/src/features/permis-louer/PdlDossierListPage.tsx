import { useQuery } from '@apollo/client/react';
import { Box, Button, Chip, Tab, Tabs } from '@mui/material';
import { PDL_STATUSES } from '@call/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PdlApmlDossiersQuery as Result } from '../../gql/graphql';
import { formatDay } from '../../shared/format';
import { DataTable, PageHeader, QueryState, type Column } from '../../shared/kit';
import { PdlApmlDossiersQuery } from './graphql/pdl-apml-dossiers.query';
import { PdlNav } from './PdlNav';

type Row = Result['pdlApmlDossiers']['items'][number];
const PAGE_SIZE = 25;

const COLUMNS: Column<Row>[] = [
  {
    id: 'number',
    label: 'N°',
    alwaysShown: true,
    render: (d) => (
      <Link to={`/permis-louer/apml/${d.id}`} style={{ whiteSpace: 'nowrap' }}>
        {d.number}
      </Link>
    ),
  },
  { id: 'owner', label: 'Propriétaire', render: (d) => d.ownerName },
  { id: 'address', label: 'Adresse', render: (d) => `${d.street}, ${d.communeName}` },
  { id: 'receivedOn', label: 'Récépissé', render: (d) => formatDay(d.receivedOn) },
  { id: 'status', label: 'Statut', render: (d) => PDL_STATUSES.labels[d.status] },
  {
    id: 'tacit',
    label: 'Autorisation tacite',
    render: (d) =>
      d.tacitInDays === null || d.tacitInDays === undefined ? (
        formatDay(d.tacitOn)
      ) : (
        // the service's rule: red under seven days
        <Chip
          size="small"
          color={d.urgency === 'NORMAL' ? 'default' : 'error'}
          label={`le ${formatDay(d.tacitOn)} (dans ${d.tacitInDays} j)`}
        />
      ),
  },
];

/** The APML dossiers: the queue of dossiers silence will authorise (by date), or all of them, latest first. */
export function PdlDossierListPage() {
  const [queue, setQueue] = useState(true);
  const [page, setPage] = useState(0);
  const q = useQuery(PdlApmlDossiersQuery, {
    variables: { filter: { tacitQueue: queue }, offset: page * PAGE_SIZE, limit: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const data = q.data ?? q.previousData;
  return (
    <Box>
      <PageHeader
        title="Permis de louer — dossiers APML"
        actions={
          <Button component={Link} to="/permis-louer/apml/nouveau" variant="contained">
            Nouvelle demande APML
          </Button>
        }
      />
      <PdlNav />
      <Tabs
        value={queue ? 'queue' : 'all'}
        onChange={(_, v) => {
          setQueue(v === 'queue');
          setPage(0);
        }}
        sx={{ mb: 2 }}
      >
        <Tab value="queue" label="File des autorisations tacites" />
        <Tab value="all" label="Tous les dossiers" />
      </Tabs>
      <QueryState data={data} loading={q.loading} error={q.error} onRetry={() => void q.refetch()}>
        {(d) => (
          <DataTable<Row>
            id="pdl-apml"
            label={queue ? 'Dossiers sans décision, par date d’autorisation tacite' : 'Dossiers APML'}
            columns={COLUMNS}
            rows={d.pdlApmlDossiers.items}
            rowKey={(r) => r.id}
            loading={q.loading}
            empty={queue ? 'Aucun dossier en attente de décision.' : 'Aucun dossier.'}
            rowSelected={(r) => r.urgency === 'RED'}
            serverPaging={{ page, pageSize: PAGE_SIZE, total: d.pdlApmlDossiers.total, onPageChange: setPage }}
          />
        )}
      </QueryState>
    </Box>
  );
}
