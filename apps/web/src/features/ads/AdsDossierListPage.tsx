import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Chip,
  MenuItem,
  Paper,
  Stack,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  TableSortLabel,
  Tabs,
  TextField,
  Typography,
} from '@mui/material';
import { ADS_DOSSIER_TYPES, ADS_OPEN_STATUSES, ADS_STATUSES, isAdsDeadlineOverdue } from '@call/domain';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { AdsExportFormat, AdsQueue } from '../../gql/graphql';
import { errorMessage } from '../../shared/graphql-errors';
import { downloadBase64 } from '../../shared/download';
import { formatDay, todayInFrance } from '../../shared/format';
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

export function AdsDossierListPage() {
  const navigate = useNavigate();
  const client = useApolloClient();
  const { filters, setFilters, variables } = useAdsQueueFilters();
  const [exportError, setExportError] = useState<string | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const { data, loading, error, refetch } = useQuery(AdsDossiersQuery, {
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
  const deadlineAsc = filters.sort !== 'DEADLINE_DESC';
  const instructionCommunes = (communes.data?.serviceMemberships ?? []).filter((m) => m.option === 'instruction');

  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
        <Typography variant="h4" component="h1">
          Dossiers ADS
        </Typography>
        <Stack direction="row" spacing={1}>
          <Button onClick={() => exportAs('CSV')}>Exporter CSV</Button>
          <Button onClick={() => exportAs('XLSX')}>Exporter Excel</Button>
          <Button onClick={() => setImportOpen(true)}>Importer</Button>
          <Button component={Link} to="/ads/bareme">
            Barème
          </Button>
          <Button component={Link} to="/ads/dossiers/nouveau" variant="contained">
            Nouveau dossier
          </Button>
        </Stack>
      </Stack>
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
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} component="section" aria-label="Filtres">
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
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label="Dossiers ADS">
          <TableHead>
            <TableRow>
              <TableCell>Numéro</TableCell>
              <TableCell>Type</TableCell>
              <TableCell>Commune</TableCell>
              <TableCell>Demandeur</TableCell>
              <TableCell>Dépôt</TableCell>
              <TableCell>Statut</TableCell>
              <TableCell sortDirection={filters.sort.startsWith('DEADLINE') ? (deadlineAsc ? 'asc' : 'desc') : false}>
                <TableSortLabel
                  active={filters.sort.startsWith('DEADLINE')}
                  direction={deadlineAsc ? 'asc' : 'desc'}
                  onClick={() =>
                    setFilters({ sort: filters.sort === 'DEADLINE_ASC' ? 'DEADLINE_DESC' : 'DEADLINE_ASC' })
                  }
                >
                  Échéance
                </TableSortLabel>
              </TableCell>
              <TableCell>Instructeur</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {loading && !data && (
              <TableRow>
                <TableCell colSpan={8}>Chargement…</TableCell>
              </TableRow>
            )}
            {data?.adsDossiers.items.length === 0 && (
              <TableRow>
                <TableCell colSpan={8}>Aucun dossier dans cette corbeille.</TableCell>
              </TableRow>
            )}
            {data?.adsDossiers.items.map((d) => {
              const open = ADS_OPEN_STATUSES.includes(d.status);
              const late = isAdsDeadlineOverdue(d.status, d.deadline, today);
              return (
                <TableRow key={d.id} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(`/ads/dossiers/${d.id}`)}>
                  <TableCell>
                    <Link to={`/ads/dossiers/${d.id}`} onClick={(e) => e.stopPropagation()}>
                      {d.number}
                    </Link>
                  </TableCell>
                  <TableCell>{d.type}</TableCell>
                  <TableCell>{d.communeName}</TableCell>
                  <TableCell>{d.applicantName}</TableCell>
                  <TableCell>{formatDay(d.depositedOn)}</TableCell>
                  <TableCell>{d.situation}</TableCell>
                  <TableCell>
                    {open ? (
                      <>
                        {formatDay(d.deadline)} {late && <Chip size="small" color="error" label="Dépassée" />}
                      </>
                    ) : (
                      '—'
                    )}
                  </TableCell>
                  <TableCell>{d.instructorName ?? '—'}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        <TablePagination
          component="div"
          count={data?.adsDossiers.total ?? 0}
          page={filters.page}
          rowsPerPage={PAGE_SIZE}
          rowsPerPageOptions={[PAGE_SIZE]}
          onPageChange={(_, page) => setFilters({ page })}
          labelDisplayedRows={({ from, to, count }) => `${from}–${to} sur ${count}`}
        />
      </TableContainer>
      <AdsImportDialog open={importOpen} onClose={() => setImportOpen(false)} onImported={() => refetch()} />
    </Stack>
  );
}
