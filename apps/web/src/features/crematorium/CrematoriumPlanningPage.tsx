import { useQuery } from '@apollo/client/react';
import {
  Button,
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
import { addDays, CREMATION_KINDS, toParisTime } from '@call/domain';
import { Link, useSearchParams } from 'react-router';
import { formatDay, todayInFrance } from '../../shared/format';
import { DateField, PageHeader, QueryState } from '../../shared/kit';
import { CrematoriumPlanningQuery } from './graphql/crematorium.documents';

/** A day of the lines: one row per slot, one column per line; a free slot links to the booking form. */
export function CrematoriumPlanningPage() {
  const [params, setParams] = useSearchParams();
  const day = params.get('jour') ?? todayInFrance();
  const query = useQuery(CrematoriumPlanningQuery, { variables: { day, year: Number(day.slice(0, 4)) } });
  const go = (d: string) => setParams({ jour: d });
  return (
    <>
      <PageHeader
        title="Planning du crématorium"
        subtitle={`Journée du ${formatDay(day)}`}
        actions={
          <>
            <Button onClick={() => go(addDays(day, -1))}>Jour précédent</Button>
            <Button onClick={() => go(addDays(day, 1))}>Jour suivant</Button>
            <Button component={Link} to="/crematorium/urnes">
              Urnes conservées
            </Button>
            <Button component={Link} to="/crematorium/metaux">
              Métaux
            </Button>
            <Button variant="contained" component={Link} to={`/crematorium/reservations/nouvelle?jour=${day}`}>
              Nouvelle réservation
            </Button>
          </>
        }
      />
      <DateField label="Jour" value={day} onChange={(d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && go(d)} sx={{ mb: 2 }} />
      <QueryState data={query.data} loading={query.loading} error={query.error} onRetry={() => void query.refetch()}>
        {(data) => {
          const lines = data.crematoriumLines;
          const times = [...new Set(lines.flatMap((l) => l.slots))].sort();
          const at = (line: string, time: string) =>
            data.crematoriumPlanning.find((c) => c.lineCode === line && toParisTime(new Date(c.startsAt)) === time);
          return (
            <Stack spacing={2}>
              <Paper variant="outlined">
                {/* a wide table scrolls inside its card, not the page (phones) */}
                <TableContainer>
                  <Table size="small" aria-label="Planning des lignes">
                    <TableHead>
                      <TableRow>
                        <TableCell>Créneau</TableCell>
                        {lines.map((l) => (
                          <TableCell key={l.code}>{l.name}</TableCell>
                        ))}
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {times.map((time) => (
                        <TableRow key={time}>
                          <TableCell>{time}</TableCell>
                          {lines.map((l) => {
                            const c = at(l.code, time);
                            return (
                              <TableCell key={l.code}>
                                {c ? (
                                  <Link to={`/crematorium/cremations/${c.id}`}>
                                    {c.reference} — {c.deceasedLastName} {c.deceasedFirstNames} (
                                    {CREMATION_KINDS.labels[c.kind]},{' '}
                                    {c.status === 'COMPLETED' ? 'réalisée' : 'réservée'})
                                  </Link>
                                ) : l.slots.includes(time) ? (
                                  <Link
                                    to={`/crematorium/reservations/nouvelle?jour=${day}&ligne=${l.code}&heure=${time}`}
                                  >
                                    Libre — réserver
                                  </Link>
                                ) : (
                                  '—'
                                )}
                                {c && (
                                  <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                                    {c.operatorName}
                                    {c.ceremonyRoom ? ' · salle de cérémonie' : ''}
                                  </Typography>
                                )}
                              </TableCell>
                            );
                          })}
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </TableContainer>
              </Paper>
              <Paper variant="outlined">
                {/* a wide table scrolls inside its card, not the page (phones) */}
                <TableContainer>
                  <Table size="small" aria-label={`Occupation des lignes en ${day.slice(0, 4)}`}>
                    <TableHead>
                      <TableRow>
                        <TableCell>Occupation des lignes en {day.slice(0, 4)}</TableCell>
                        <TableCell align="right">Créneaux réservés</TableCell>
                        <TableCell align="right">Créneaux de l’année</TableCell>
                        <TableCell align="right">Taux d’occupation</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {data.crematoriumLineLoad.map((l) => (
                        <TableRow key={l.code}>
                          <TableCell>{l.name}</TableCell>
                          <TableCell align="right">{l.booked}</TableCell>
                          <TableCell align="right">{l.available}</TableCell>
                          <TableCell align="right">{l.utilisation.toLocaleString('fr-FR')} %</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </TableContainer>
              </Paper>
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
