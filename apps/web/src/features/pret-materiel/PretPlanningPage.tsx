import { useQuery } from '@apollo/client/react';
import { Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { addDays } from '@call/domain';
import { useForm } from 'react-hook-form';
import { todayInFrance } from '../../shared/format';
import { DateInput, isIsoDay, PageHeader, QueryState } from '../../shared/kit';
import { PretPlanningQuery } from './graphql/pret-catalogue.query';

/** Two weeks from a day: per kind and per day, booked against the stock; short days in red. */
export function PretPlanningPage() {
  const form = useForm<{ from: string }>({ defaultValues: { from: todayInFrance() } });
  const typed = form.watch('from');
  const from = isIsoDay(typed) ? typed : todayInFrance();
  const to = addDays(from, 13);
  const q = useQuery(PretPlanningQuery, { variables: { from, to }, fetchPolicy: 'cache-and-network' });
  return (
    <Stack spacing={3}>
      <PageHeader title="Planning du matériel" subtitle="Réservé / en stock, par jour (14 jours)" />
      <Stack sx={{ maxWidth: 240 }}>
        <DateInput<{ from: string }> control={form.control} name="from" label="À partir du" />
      </Stack>
      <QueryState data={q.data} loading={q.loading} error={q.error} onRetry={() => void q.refetch()}>
        {(d) => (
          <TableContainer component={Paper} variant="outlined">
            <Table size="small" aria-label="Planning">
              <TableHead>
                <TableRow>
                  <TableCell>Matériel</TableCell>
                  {d.pretPlanning[0]?.days.map((day) => (
                    <TableCell key={day.day} align="center">
                      {day.day.slice(8, 10)}/{day.day.slice(5, 7)}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {d.pretPlanning.map((k) => (
                  <TableRow key={k.kindId}>
                    <TableCell>{k.kindName}</TableCell>
                    {k.days.map((day) => (
                      <TableCell
                        key={day.day}
                        align="center"
                        title={day.short ? 'Stock insuffisant' : `${day.available} disponible(s)`}
                        sx={
                          day.short
                            ? { bgcolor: 'error.light', fontWeight: 700 }
                            : day.booked
                              ? { bgcolor: 'action.hover' }
                              : {}
                        }
                      >
                        {day.booked}/{day.stock}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </QueryState>
    </Stack>
  );
}
