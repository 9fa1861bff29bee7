import { useQuery } from '@apollo/client/react';
import { Box, Button, Tab, Tabs } from '@mui/material';
import { PDL_AUTHORITIES, PDL_OFFENCES, PDL_SANCTION_STAGES, type PdlSanctionStage } from '@call/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PdlSanctionsQuery as Result } from '../../gql/graphql';
import { formatDay } from '../../shared/format';
import { DataTable, PageHeader, QueryState, type Column } from '../../shared/kit';
import { PdlSanctionsQuery } from './graphql/pdl-sanctions.graphql';
import { PdlNav } from './PdlNav';

type Row = Result['pdlSanctions']['items'][number];
const PAGE_SIZE = 25;

const COLUMNS: Column<Row>[] = [
  {
    id: 'foundOn',
    label: 'Constat',
    alwaysShown: true,
    render: (s) => <Link to={`/permis-louer/sanctions/${s.id}`}>{formatDay(s.foundOn)}</Link>,
  },
  { id: 'owner', label: 'Propriétaire', render: (s) => s.ownerName },
  { id: 'address', label: 'Adresse', render: (s) => `${s.street}, ${s.communeName}` },
  { id: 'offence', label: 'Manquement', render: (s) => PDL_OFFENCES.labels[s.offence] },
  { id: 'authority', label: 'Autorité', render: (s) => PDL_AUTHORITIES.labels[s.authority] },
  { id: 'stage', label: 'Étape', render: (s) => PDL_SANCTION_STAGES.labels[s.stage] },
  { id: 'amount', label: 'Amende', render: (s) => (s.amount ? `${s.amount.toLocaleString('fr-FR')} €` : '—') },
];

/** The sanctions pipeline (L635-7): offences found, reported, ordered, fined; filtered by where each stands. */
export function PdlSanctionListPage() {
  const [stage, setStage] = useState<PdlSanctionStage | 'ALL'>('ALL');
  const [page, setPage] = useState(0);
  const q = useQuery(PdlSanctionsQuery, {
    variables: {
      filter: { stage: stage === 'ALL' ? null : stage },
      offset: page * PAGE_SIZE,
      limit: PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
  });
  const data = q.data ?? q.previousData;
  return (
    <Box>
      <PageHeader
        title="Permis de louer — sanctions"
        actions={
          <Button component={Link} to="/permis-louer/sanctions/nouveau" variant="contained">
            Nouveau constat
          </Button>
        }
      />
      <PdlNav />
      <Tabs
        value={stage}
        variant="scrollable"
        onChange={(_, v: PdlSanctionStage | 'ALL') => {
          setStage(v);
          setPage(0);
        }}
        sx={{ mb: 2 }}
      >
        <Tab value="ALL" label="Toutes" />
        {PDL_SANCTION_STAGES.map((s) => (
          <Tab key={s.code} value={s.code} label={s.label} />
        ))}
      </Tabs>
      <QueryState data={data} loading={q.loading} error={q.error} onRetry={() => void q.refetch()}>
        {(d) => (
          <DataTable<Row>
            id="pdl-sanctions"
            label="Procédures de sanction"
            columns={COLUMNS}
            rows={d.pdlSanctions.items}
            rowKey={(r) => r.id}
            loading={q.loading}
            empty="Aucune procédure à cette étape."
            serverPaging={{ page, pageSize: PAGE_SIZE, total: d.pdlSanctions.total, onPageChange: setPage }}
          />
        )}
      </QueryState>
    </Box>
  );
}
