import { useQuery } from '@apollo/client/react';
import { Box, Button, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { addDays, isoWeekday, PRET_STATUSES, PRET_UNITS } from '@call/domain';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { formatDay, todayInFrance } from '../../shared/format';
import { DateInput, isIsoDay, PageHeader, QueryState } from '../../shared/kit';
import { PretWeekQuery } from './graphql/pret-stock.documents';

const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const mondayOf = (day: string) => addDays(day, 1 - isoWeekday(day));

/** The team's week, Monday to Sunday: deliveries, pick-ups, collections and returns, day by day; printable. */
export function PretWeekPage() {
  const form = useForm<{ day: string }>({ defaultValues: { day: todayInFrance() } });
  const typed = form.watch('day');
  const from = mondayOf(isIsoDay(typed) ? typed : todayInFrance());
  const q = useQuery(PretWeekQuery, { variables: { from }, fetchPolicy: 'cache-and-network' });
  return (
    <Stack spacing={3}>
      <PageHeader
        title="Semaine de l’équipe"
        subtitle={`Livraisons et retraits du ${formatDay(from)} au ${formatDay(addDays(from, 6))}`}
        actions={
          <Box sx={{ displayPrint: 'none', display: 'flex', gap: 1 }}>
            <Button onClick={() => form.setValue('day', addDays(from, -7))}>Semaine précédente</Button>
            <Button onClick={() => form.setValue('day', addDays(from, 7))}>Semaine suivante</Button>
            <Button variant="contained" onClick={() => window.print()}>
              Imprimer
            </Button>
          </Box>
        }
      />
      <Box sx={{ maxWidth: 240, displayPrint: 'none' }}>
        <DateInput<{ day: string }> control={form.control} name="day" label="Semaine du" />
      </Box>
      <QueryState data={q.data} loading={q.loading} error={q.error} onRetry={() => void q.refetch()}>
        {({ pretWeek }) => (
          <Stack spacing={2}>
            {WEEKDAYS.map((name, i) => {
              const day = addDays(from, i);
              const tasks = pretWeek.filter((t) => t.day === day);
              return (
                <Paper key={day} variant="outlined" sx={{ p: 2, breakInside: 'avoid' }}>
                  <Typography variant="h6" component="h2">
                    {name} {formatDay(day)}
                  </Typography>
                  {tasks.length === 0 ? (
                    <Typography color="text.secondary">Ni livraison ni retrait.</Typography>
                  ) : (
                    <Table size="small" aria-label={`Tâches du ${name} ${formatDay(day)}`}>
                      <TableHead>
                        <TableRow>
                          <TableCell>Tâche</TableCell>
                          <TableCell>Commune</TableCell>
                          <TableCell>Manifestation, lieu</TableCell>
                          <TableCell>Matériel</TableCell>
                          <TableCell>Statut</TableCell>
                        </TableRow>
                      </TableHead>
                      <TableBody>
                        {tasks.map((t) => (
                          <TableRow key={`${t.request.id}-${t.moment}`}>
                            <TableCell>{t.action}</TableCell>
                            <TableCell>{t.request.communeName}</TableCell>
                            <TableCell>
                              <Link to={`/pret-materiel/demandes/${t.request.id}`}>{t.request.eventName}</Link>
                              {t.request.eventPlace ? `, ${t.request.eventPlace}` : ''}
                            </TableCell>
                            <TableCell>
                              {t.request.lines
                                .filter((l) => (l.approved ?? 0) > 0)
                                .map((l) => `${l.kindName} : ${l.approved} ${PRET_UNITS.of(l.unit).label}`)
                                .join(', ')}
                            </TableCell>
                            <TableCell>{PRET_STATUSES.labels[t.request.status]}</TableCell>
                          </TableRow>
                        ))}
                      </TableBody>
                    </Table>
                  )}
                </Paper>
              );
            })}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
