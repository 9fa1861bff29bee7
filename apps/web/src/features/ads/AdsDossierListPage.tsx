import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Button, Chip, MenuItem, Stack, Tab, Tabs, TextField } from '@mui/material';
import { ADS_DOSSIER_TYPES, ADS_OPEN_STATUSES, ADS_STATUSES, isAdsDeadlineOverdue } from '@call/domain';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { AdsDossiersQuery as AdsDossiersResult, AdsExportFormat, AdsQueue, AdsSort } from '../../gql/graphql';
import { errorMessage } from '../../shared/graphql-errors';
import { downloadBase64 } from '../../shared/download';
import { formatDay, todayInFrance } from '../../shared/format';
import { DataTable, PageHeader, type Column, type TableSort } from '../../shared/kit';
import { AdsImportDialog } from './AdsImportDialog';
import { AdsDossierExportQuery } from './graphql/ads-dossier-export.query';
import { AdsDossiersQuery } from './graphql/ads-dossiers.query';
import { AdsInstructorsQuery } from './graphql/ads-instructors.query';
import { AdsServiceMembershipsQuery } from './graphql/service-memberships.query';
import { useAdsQueueFilters } from './useAdsQueueFilters';

const QUEUE_TABS: { value: AdsQueue; label: string }[] = [
  { value: 'ALL', label: 'Tous les dossiers' },
  { value: 'MINE', label: 'Mes dossiers' },
  { value: 'DEADLINE_SOON', label: 'Échéance proche' },
  { value: 'AWAITING_PIECES', label: 'En attente de pièces' },
  { value: 'AWAITING_OPINIONS', label: 'En attente d’avis' },
];
const PAGE_SIZE = 25;

type Row = AdsDossiersResult['adsDossiers']['items'][number];

// the orders the API offers, as (column, direction); the number is only sorted ascending
const SORT_OF: Record<AdsSort, TableSort> = {
  DEADLINE_ASC: { column: 'deadline', direction: 'asc' },
  DEADLINE_DESC: { column: 'deadline', direction: 'desc' },
  DEPOSITED_ASC: { column: 'depositedOn', direction: 'asc' },
  DEPOSITED_DESC: { column: 'depositedOn', direction: 'desc' },
  NUMBER_ASC: { column: 'number', direction: 'asc' },
};
const apiSort = ({ column, direction }: TableSort): AdsSort =>
  column === 'number'
    ? 'NUMBER_ASC'
    : column === 'depositedOn'
      ? direction === 'asc'
        ? 'DEPOSITED_ASC'
        : 'DEPOSITED_DESC'
      : direction === 'asc'
        ? 'DEADLINE_ASC'
        : 'DEADLINE_DESC';

function columns(today: string): Column<Row>[] {
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
    { id: 'type', label: 'Type', render: (d) => d.type },
    { id: 'commune', label: 'Commune', render: (d) => d.communeName },
    { id: 'applicant', label: 'Demandeur', render: (d) => d.applicantName },
    { id: 'depositedOn', label: 'Dépôt', sortValue: true, render: (d) => formatDay(d.depositedOn) },
    {
      id: 'status',
      label: 'Statut',
      render: (d) => d.situation,
    },
    {
      id: 'deadline',
      label: 'Échéance',
      sortValue: true,
      render: (d) =>
        ADS_OPEN_STATUSES.includes(d.status) ? (
          <>
            {formatDay(d.deadline)}{' '}
            {isAdsDeadlineOverdue(d.status, d.deadline, today) && <Chip size="small" color="error" label="Dépassée" />}
          </>
        ) : (
          '—'
        ),
    },
    { id: 'instructor', label: 'Instructeur', render: (d) => d.instructorName ?? '—' },
  ];
}

export function AdsDossierListPage() {
  const navigate = useNavigate();
  const client = useApolloClient();
  const { filters, setFilters, variables } = useAdsQueueFilters();
  const [exportError, setExportError] = useState<string | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const { data, previousData, loading, error, refetch } = useQuery(AdsDossiersQuery, {
    variables: { filter: variables, sort: filters.sort, offset: filters.page * PAGE_SIZE, limit: PAGE_SIZE },
  });
  const communes = useQuery(AdsServiceMembershipsQuery, { variables: { on: todayInFrance() } });
  const instructors = useQuery(AdsInstructorsQuery);
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
  const instructionCommunes = (communes.data?.serviceMemberships ?? []).filter((m) => m.option === 'instruction');

  return (
    <Stack spacing={2}>
      <PageHeader
        title="Dossiers ADS"
        actions={
          <>
            <Button onClick={() => exportAs('CSV')}>Exporter CSV</Button>
            <Button onClick={() => exportAs('XLSX')}>Exporter Excel</Button>
            <Button onClick={() => setImportOpen(true)}>Importer</Button>
            <Button component={Link} to="/ads/bareme">
              Barème
            </Button>
            <Button component={Link} to="/ads/dossiers/nouveau" variant="contained">
              Nouveau dossier
            </Button>
          </>
        }
      />
      <Tabs
        value={filters.queue}
        onChange={(_, v: AdsQueue) => setFilters({ queue: v })}
        variant="scrollable"
        aria-label="Corbeilles"
      >
        {QUEUE_TABS.map((q) => (
          <Tab key={q.value} value={q.value} label={q.label} />
        ))}
      </Tabs>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2 }} component="section" aria-label="Filtres">
        <TextField
          label="Recherche (numéro, demandeur)"
          size="small"
          sx={{ minWidth: 260 }}
          defaultValue={filters.search}
          onKeyDown={(e) => {
            if (e.key === 'Enter') setFilters({ search: (e.target as HTMLInputElement).value });
          }}
          onBlur={(e) => e.target.value !== filters.search && setFilters({ search: e.target.value })}
        />
        {filters.queue === 'DEADLINE_SOON' && (
          <TextField
            label="Dans les (jours)"
            size="small"
            type="number"
            sx={{ width: 170 }}
            value={filters.withinDays}
            onChange={(e) => setFilters({ withinDays: Number(e.target.value) })}
          />
        )}
        <TextField
          select
          label="Commune"
          size="small"
          sx={{ minWidth: 200 }}
          value={filters.communeInsee ?? ''}
          onChange={(e) => setFilters({ communeInsee: e.target.value || null })}
        >
          <MenuItem value="">Toutes</MenuItem>
          {instructionCommunes.map((m) => (
            <MenuItem key={m.commune.inseeCode} value={m.commune.inseeCode}>
              {m.commune.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="Type"
          size="small"
          sx={{ minWidth: 120 }}
          value={filters.type ?? ''}
          onChange={(e) => setFilters({ type: (e.target.value || null) as never })}
        >
          <MenuItem value="">Tous</MenuItem>
          {ADS_DOSSIER_TYPES.map((t) => (
            <MenuItem key={t.code} value={t.code}>
              {t.code} — {t.label}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="Statut"
          size="small"
          sx={{ minWidth: 180 }}
          value={filters.status ?? ''}
          onChange={(e) => setFilters({ status: (e.target.value || null) as never })}
        >
          <MenuItem value="">Tous</MenuItem>
          {ADS_STATUSES.map((s) => (
            <MenuItem key={s.code} value={s.code}>
              {s.label}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="Instructeur"
          size="small"
          sx={{ minWidth: 200 }}
          value={filters.instructorId ?? ''}
          onChange={(e) => setFilters({ instructorId: e.target.value || null })}
        >
          <MenuItem value="">Tous</MenuItem>
          {(instructors.data?.adsInstructors ?? []).map((i) => (
            <MenuItem key={i.id} value={i.id}>
              {i.displayName}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {(error || exportError) && <Alert severity="error">{exportError ?? errorMessage(error)}</Alert>}
      <DataTable<Row>
        id="ads-dossiers"
        label="Dossiers ADS"
        columns={columns(today)}
        rows={(data ?? previousData)?.adsDossiers.items}
        rowKey={(d) => d.id}
        loading={loading}
        empty="Aucun dossier dans cette corbeille."
        onRowClick={(d) => navigate(`/ads/dossiers/${d.id}`)}
        serverSort={{ sort: SORT_OF[filters.sort], onSortChange: (sort) => setFilters({ sort: apiSort(sort) }) }}
        serverPaging={{
          page: filters.page,
          pageSize: PAGE_SIZE,
          total: data?.adsDossiers.total ?? 0,
          onPageChange: (page) => setFilters({ page }),
        }}
      />
      <AdsImportDialog open={importOpen} onClose={() => setImportOpen(false)} onImported={() => refetch()} />
    </Stack>
  );
}
