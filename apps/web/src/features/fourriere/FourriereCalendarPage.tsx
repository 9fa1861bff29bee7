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
import { FOURRIERE_TARIFF_STATUS_LABELS, HOLDING_PERIOD_WORKING_DAYS, type FourriereTariffStatus } from '@call/domain';
import { Link } from 'react-router';
import type { FourriereCalendarQuery as Result } from '../../gql/graphql';
import { useMe } from '../../auth/useMe';
import { errorMessage } from '../../shared/graphql-errors';
import { PageHeader } from '../../shared/kit';
import { formatDateTime, formatDay } from '../../shared/format';
import { CalendarForm } from './CalendarForm';
import { FourriereCalendarQuery } from './graphql/fourriere-calendar.query';

type Setting = Result['fourriereCalendar']['history'][number];
const STATUS_COLOR: Record<FourriereTariffStatus, 'success' | 'info' | 'default'> = {
  IN_FORCE: 'success',
  UPCOMING: 'info',
  SUPERSEDED: 'default',
};
const holidays = (s: Setting) => (s.workedHolidays.length ? s.workedHolidays.join(', ') : 'Aucun');
const closedDays = (s: Setting) => (s.extraClosedDays.length ? s.extraClosedDays.map(formatDay).join(', ') : 'Aucun');

function InForce({ setting }: { setting: Setting | null | undefined }) {
  if (!setting)
    return (
      <Alert severity="warning">
        Aucun calendrier en vigueur : le calendrier par défaut (lundi–vendredi hors jours fériés) s’applique.
      </Alert>
    );
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="Calendrier en vigueur">
      <Stack spacing={1}>
        <Typography>
          En vigueur depuis le <strong>{formatDay(setting.validFrom)}</strong> : du lundi au vendredi, hors jours
          fériés.
        </Typography>
        <Typography>
          Jours fériés travaillés quand même : <strong>{holidays(setting)}</strong>
        </Typography>
        <Typography>
          Jours de fermeture supplémentaires : <strong>{closedDays(setting)}</strong>
        </Typography>
        <Typography variant="caption" color="text.secondary">
          Enregistré par {setting.recordedByLogin}, {formatDateTime(setting.recordedAt)}
        </Typography>
      </Stack>
    </Paper>
  );
}

function History({ rows }: { rows: Setting[] }) {
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label="Historique du calendrier">
        <TableHead>
          <TableRow>
            <TableCell>En vigueur à partir du</TableCell>
            <TableCell>Jours fériés travaillés</TableCell>
            <TableCell>Jours de fermeture supplémentaires</TableCell>
            <TableCell>Situation</TableCell>
            <TableCell>Enregistré par</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((s) => (
            <TableRow key={s.id}>
              <TableCell>{formatDay(s.validFrom)}</TableCell>
              <TableCell>{holidays(s)}</TableCell>
              <TableCell>{closedDays(s)}</TableCell>
              <TableCell>
                <Chip size="small" color={STATUS_COLOR[s.status]} label={FOURRIERE_TARIFF_STATUS_LABELS[s.status]} />
              </TableCell>
              <TableCell>
                {s.recordedByLogin}, {formatDateTime(s.recordedAt)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** The pound's dated working calendar: the setting in force, its history, and the director's form for a new one. */
export function FourriereCalendarPage() {
  const { me } = useMe();
  const { data, error } = useQuery(FourriereCalendarQuery, { fetchPolicy: 'cache-and-network' });
  const isDirector = me?.role === 'DIRECTOR' && me.directorates.includes('fourriere');
  const inForce = data?.fourriereCalendar.inForce;
  return (
    <Stack spacing={3}>
      <Typography component={Link} to="/fourriere" variant="body2">
        ← Animaux présents
      </Typography>
      <PageHeader title="Calendrier des jours ouvrés" />
      <Typography variant="body2" color="text.secondary">
        Le délai franc de garde compte {HOLDING_PERIOD_WORKING_DAYS} jours ouvrés (art. L211-25 du Code rural) : du
        lundi au vendredi, hors jours fériés, sauf ceux que la fourrière travaille, et hors ses jours de fermeture. Le
        calendrier en vigueur le jour de l’entrée d’un animal fixe la fin de son délai de garde, enregistrée à l’entrée
        : modifier le calendrier ne change pas la fin du délai des animaux déjà en fourrière.
      </Typography>
      {error && <Alert severity="error">{errorMessage(error)}</Alert>}
      {!data && !error && <Typography>Chargement…</Typography>}
      {data && (
        <>
          <Typography variant="h6" component="h2">
            Calendrier en vigueur
          </Typography>
          <InForce setting={inForce} />
          <Typography variant="h6" component="h2">
            Historique
          </Typography>
          <History rows={data.fourriereCalendar.history} />
        </>
      )}
      {isDirector && data && (
        <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-label="Nouveau calendrier daté">
          <Stack spacing={2}>
            <Typography variant="h6" component="h2">
              Nouveau calendrier daté
            </Typography>
            <Typography variant="body2" color="text.secondary">
              Il s’applique aux entrées à partir de sa date ; un calendrier saisi pour une date déjà réglée remplace
              celui-ci.
            </Typography>
            <CalendarForm
              initial={{
                workedHolidays: inForce?.workedHolidays ?? [],
                extraClosedDays: inForce?.extraClosedDays ?? [],
              }}
            />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
