import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Chip,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { FOURRIERE_SPECIES_LABELS, FOURRIERE_TARIFF_STATUS_LABELS, type FourriereTariffStatus } from '@call/domain';
import { Link } from 'react-router';
import type { FourriereTariffsQuery as Result } from '../../gql/graphql';
import { useMe } from '../../auth/useMe';
import { errorMessage } from '../../shared/graphql-errors';
import { PageHeader } from '../../shared/kit';
import { formatDateTime, formatDay } from '../../shared/format';
import { euros } from './fourriere-format';
import { FourriereTariffsQuery } from './graphql/fourriere-tariffs.query';
import { TariffForm } from './TariffForm';

type Row = Result['fourriereTariffs'][number];
const STATUS_COLOR: Record<FourriereTariffStatus, 'success' | 'info' | 'default'> = {
  IN_FORCE: 'success',
  UPCOMING: 'info',
  SUPERSEDED: 'default',
};

function TariffTable({ rows, label }: { rows: Row[]; label: string }) {
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>Espèce</TableCell>
            <TableCell>En vigueur à partir du</TableCell>
            <TableCell align="right">Capture</TableCell>
            <TableCell align="right">Garde par jour</TableCell>
            <TableCell align="right">Identification</TableCell>
            <TableCell align="right">Visite vétérinaire</TableCell>
            <TableCell>Situation</TableCell>
            <TableCell>Note</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((t) => (
            <TableRow key={t.id}>
              <TableCell>{FOURRIERE_SPECIES_LABELS[t.species]}</TableCell>
              <TableCell>{formatDay(t.validFrom)}</TableCell>
              <TableCell align="right">{euros(t.captureCents)}</TableCell>
              <TableCell align="right">{euros(t.boardingPerDayCents)}</TableCell>
              <TableCell align="right">{euros(t.identificationCents)}</TableCell>
              <TableCell align="right">{euros(t.vetVisitCents)}</TableCell>
              <TableCell>
                <Chip size="small" color={STATUS_COLOR[t.status]} label={FOURRIERE_TARIFF_STATUS_LABELS[t.status]} />
              </TableCell>
              <TableCell>
                {t.note}
                {t.note ? ' — ' : ''}
                <Typography component="span" variant="caption" color="text.secondary">
                  {t.recordedByLogin}, {formatDateTime(t.recordedAt)}
                </Typography>
              </TableCell>
            </TableRow>
          ))}
          {rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={8}>Aucun tarif.</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** The price list: the tariff in force per species, its dated history, and the director's form for a new one. */
export function FourriereTariffsPage() {
  const { me } = useMe();
  const { data, error } = useQuery(FourriereTariffsQuery, { fetchPolicy: 'cache-and-network' });
  const rows = data?.fourriereTariffs ?? [];
  const isDirector = me?.role === 'DIRECTOR' && me.directorates.includes('fourriere');
  return (
    <Stack spacing={3}>
      <Typography component={Link} to="/fourriere" variant="body2">
        ← Animaux présents
      </Typography>
      <PageHeader title="Tarifs de la fourrière" />
      <Typography variant="body2" color="text.secondary">
        Frais de fourrière à la charge du propriétaire (art. L211-24 du Code rural). Un séjour est facturé au tarif en
        vigueur le jour de l’entrée de l’animal.
      </Typography>
      {error && <Alert severity="error">{errorMessage(error)}</Alert>}
      {!data && !error && <Typography>Chargement…</Typography>}
      {data && (
        <>
          <Typography variant="h6" component="h2">
            Tarif en vigueur
          </Typography>
          <TariffTable rows={rows.filter((t) => t.status === 'IN_FORCE')} label="Tarif en vigueur" />
          <Typography variant="h6" component="h2">
            Historique
          </Typography>
          <TariffTable rows={rows} label="Historique des tarifs" />
        </>
      )}
      {isDirector && (
        <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-label="Nouveau tarif daté">
          <Stack spacing={2}>
            <Typography variant="h6" component="h2">
              Nouveau tarif daté
            </Typography>
            <Typography variant="body2" color="text.secondary">
              Un tarif saisi pour une date et une espèce déjà tarifées remplace celui-ci.
            </Typography>
            <TariffForm />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
