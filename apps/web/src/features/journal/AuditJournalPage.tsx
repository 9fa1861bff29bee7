import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { errorMessage } from '../../shared/graphql-errors';
import { formatDateTime, formatDisplayedRows } from '../../shared/format';
import { AuditEntriesQuery } from './graphql/audit-entries.query';
import { DateInput, usePageTitle } from '../../shared/kit';

const ACTION_LABELS: Record<string, string> = {
  create: 'Création',
  update: 'Modification',
  delete: 'Suppression',
  login: 'Connexion',
  login_failed: 'Connexion refusée',
  login_locked: 'Identifiant bloqué (trop d’essais)',
  logout: 'Déconnexion',
  deactivate: 'Compte désactivé',
  reactivate: 'Compte réactivé',
  reset_password: 'Mot de passe réinitialisé',
  change_password: 'Mot de passe changé',
  anonymise: 'Anonymisation (durée de conservation)',
};

interface Filters {
  entity: string;
  entityId: string;
  userLogin: string;
  from: string;
  to: string;
}
const EMPTY: Filters = { entity: '', entityId: '', userLogin: '', from: '', to: '' };
const orNull = (s: string) => s.trim() || null;

export function AuditJournalPage() {
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [page, setPage] = useState(0);
  const [rowsPerPage, setRowsPerPage] = useState(50);
  const form = useForm<Filters>({ defaultValues: EMPTY });
  const { data, loading, error } = useQuery(AuditEntriesQuery, {
    variables: {
      filter: {
        entity: orNull(filters.entity),
        entityId: orNull(filters.entityId),
        userLogin: orNull(filters.userLogin),
        from: orNull(filters.from),
        to: orNull(filters.to),
        offset: page * rowsPerPage,
        limit: rowsPerPage,
      },
    },
    fetchPolicy: 'network-only',
  });
  const apply = form.handleSubmit((v) => {
    setPage(0);
    setFilters(v);
  });
  const result = data?.auditEntries;
  usePageTitle('Journal d’audit');

  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1">
        Journal d’audit
      </Typography>
      <Paper variant="outlined" sx={{ p: 2 }} component="form" noValidate onSubmit={apply} aria-label="Filtres">
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'center' }}>
          <TextField label="Type d’enregistrement" placeholder="AdsDossier" {...form.register('entity')} />
          <TextField label="Référence de l’enregistrement" {...form.register('entityId')} />
          <TextField label="Utilisateur (identifiant)" {...form.register('userLogin')} />
          <DateInput control={form.control} name="from" label="Du" notFuture sx={{ minWidth: 170 }} />
          <DateInput control={form.control} name="to" label="Au" sx={{ minWidth: 170 }} />
          <Button type="submit" variant="contained">
            Filtrer
          </Button>
        </Stack>
      </Paper>
      {error && <Alert severity="error">{errorMessage(error)}</Alert>}
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label="Journal d’audit">
          <TableHead>
            <TableRow>
              <TableCell>Date</TableCell>
              <TableCell>Utilisateur</TableCell>
              <TableCell>Action</TableCell>
              <TableCell>Enregistrement</TableCell>
              <TableCell>Détail</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {loading && !data && (
              <TableRow>
                <TableCell colSpan={5}>Chargement…</TableCell>
              </TableRow>
            )}
            {result?.items.length === 0 && (
              <TableRow>
                <TableCell colSpan={5}>Aucune entrée pour ces filtres.</TableCell>
              </TableRow>
            )}
            {result?.items.map((e) => (
              <TableRow key={e.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</TableCell>
                <TableCell>{e.userLogin}</TableCell>
                <TableCell>{ACTION_LABELS[e.action] ?? e.action}</TableCell>
                <TableCell>
                  {e.entity} · {e.entityId}
                </TableCell>
                <TableCell sx={{ fontFamily: 'monospace', fontSize: 12, maxWidth: 480, overflowWrap: 'anywhere' }}>
                  {e.changes ? JSON.stringify(e.changes) : '—'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <TablePagination
          component="div"
          count={result?.total ?? 0}
          page={page}
          onPageChange={(_, p) => setPage(p)}
          rowsPerPage={rowsPerPage}
          rowsPerPageOptions={[25, 50, 100]}
          onRowsPerPageChange={(e) => {
            setRowsPerPage(Number(e.target.value));
            setPage(0);
          }}
          labelRowsPerPage="Lignes par page"
          labelDisplayedRows={formatDisplayedRows}
        />
      </TableContainer>
    </Stack>
  );
}
