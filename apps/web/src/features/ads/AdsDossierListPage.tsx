import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Button, Stack, Tab, Tabs } from '@mui/material';
import { canWriteDirectorate } from '@call/domain';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../../auth/useMe';
import type { AdsExportFormat, AdsQueue } from '../../gql/graphql';
import { errorMessage } from '../../shared/graphql-errors';
import { downloadBase64 } from '../../shared/download';
import { todayInFrance } from '../../shared/format';
import { DataTable, PageHeader } from '../../shared/kit';
import { AdsAssignMenu } from './AdsAssignMenu';
import { adsDossierColumns, apiSortOf, tableSortOf, type AdsRow } from './adsDossierColumns';
import { AdsImportDialog } from './AdsImportDialog';
import { AdsQueueFilters } from './AdsQueueFilters';
import { AdsDossierExportQuery } from './graphql/ads-dossier-export.query';
import { AdsDossiersQuery } from './graphql/ads-dossiers.query';
import { AdsQueueCountsQuery } from './graphql/ads-queue-counts.query';
import { useAdsQueueFilters } from './useAdsQueueFilters';

const QUEUE_TABS: { value: AdsQueue; label: string }[] = [
  { value: 'ALL', label: 'Tous les dossiers' },
  { value: 'MINE', label: 'Mes dossiers' },
  { value: 'OVERDUE', label: 'En retard' },
  { value: 'DEADLINE_SOON', label: 'Échéance proche' },
  { value: 'AWAITING_PIECES', label: 'En attente de pièces' },
  { value: 'AWAITING_OPINIONS', label: 'En attente d’avis' },
];
const PAGE_SIZE = 25;

export function AdsDossierListPage() {
  const navigate = useNavigate();
  const client = useApolloClient();
  const { me } = useMe();
  const canWrite = !!me && canWriteDirectorate(me, 'ads');
  const { filters, setFilters, variables } = useAdsQueueFilters();
  const [exportError, setExportError] = useState<string | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const { data, previousData, loading, error, refetch } = useQuery(AdsDossiersQuery, {
    variables: { filter: variables, sort: filters.sort, offset: filters.page * PAGE_SIZE, limit: PAGE_SIZE },
  });
  const counts = useQuery(AdsQueueCountsQuery, { variables: { filter: variables } });
  const countOf = (q: AdsQueue) => counts.data?.adsQueueCounts.find((c) => c.queue === q)?.count;
  const today = todayInFrance();

  const exportAs = async (format: AdsExportFormat) => {
    setExportError(null);
    try {
      const r = await client.query({
        query: AdsDossierExportQuery,
        variables: { filter: variables, sort: filters.sort, format },
        fetchPolicy: 'network-only',
      });
      if (r.data) downloadBase64(r.data.adsDossierExport);
    } catch (e) {
      setExportError(errorMessage(e));
    }
  };

  return (
    <Stack spacing={2}>
      <PageHeader
        title="Dossiers ADS"
        actions={
          <>
            <Button onClick={() => exportAs('CSV')}>Exporter CSV</Button>
            <Button onClick={() => exportAs('XLSX')}>Exporter Excel</Button>
            {canWrite && <Button onClick={() => setImportOpen(true)}>Importer</Button>}
            <Button component={Link} to="/ads/bareme">
              Barème
            </Button>
            {canWrite && (
              <Button component={Link} to="/ads/dossiers/nouveau" variant="contained">
                Nouveau dossier
              </Button>
            )}
          </>
        }
      />
      <Tabs
        value={filters.queue}
        onChange={(_, v: AdsQueue) => setFilters({ queue: v })}
        variant="scrollable"
        aria-label="Corbeilles"
      >
        {QUEUE_TABS.map((q) => {
          const n = countOf(q.value);
          return (
            <Tab
              key={q.value}
              value={q.value}
              label={n === undefined ? q.label : `${q.label} (${n.toLocaleString('fr-FR')})`}
              sx={q.value === 'OVERDUE' && n ? { color: 'error.main' } : undefined}
            />
          );
        })}
      </Tabs>
      <AdsQueueFilters filters={filters} setFilters={setFilters} />
      {(error || exportError) && <Alert severity="error">{exportError ?? errorMessage(error)}</Alert>}
      {canWrite && <AdsAssignMenu ids={selected} onDone={() => setSelected([])} />}
      <DataTable<AdsRow>
        id="ads-dossiers"
        label="Dossiers ADS"
        columns={adsDossierColumns(today)}
        rows={(data ?? previousData)?.adsDossiers.items}
        rowKey={(d) => d.id}
        loading={loading}
        empty="Aucun dossier dans cette corbeille."
        onRowClick={(d) => navigate(`/ads/dossiers/${d.id}`)}
        selection={canWrite ? { selected, onChange: setSelected, name: (d) => d.number } : undefined}
        serverSort={{ sort: tableSortOf(filters.sort), onSortChange: (sort) => setFilters({ sort: apiSortOf(sort) }) }}
        serverPaging={{
          page: filters.page,
          pageSize: PAGE_SIZE,
          total: data?.adsDossiers.total ?? 0,
          onPageChange: (page) => setFilters({ page }),
        }}
      />
      <AdsImportDialog
        open={importOpen}
        onClose={() => setImportOpen(false)}
        onImported={() => {
          void refetch();
          void counts.refetch();
        }}
      />
    </Stack>
  );
}
