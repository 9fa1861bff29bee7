import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { formatIndicatorValue } from '../../shared/format';
import { errorMessage } from '../../shared/graphql-errors';
import { useNotify } from '../../shared/kit';
import {
  AcknowledgeReportDriftMutation,
  CloseReportYearMutation,
  ReopenReportYearMutation,
  ReportDriftQuery,
  ReportYearQuery,
} from './graphql/report.documents';

/** The DGS closes the year (figures frozen), sees what drifted since, acknowledges it or reopens the year. */
export function ReportClosing({ year, status, version }: { year: number; status: string; version: number }) {
  const notify = useNotify();
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const refetch = { refetchQueries: [ReportYearQuery, ReportDriftQuery] };
  const [close, closing] = useMutation(CloseReportYearMutation, refetch);
  const [reopen, reopening] = useMutation(ReopenReportYearMutation, refetch);
  const [ack] = useMutation(AcknowledgeReportDriftMutation, { refetchQueries: [ReportDriftQuery] });
  const closed = status === 'CLOSED';
  const drift = useQuery(ReportDriftQuery, { variables: { year }, skip: !closed, fetchPolicy: 'network-only' });
  const run = async (fn: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await fn();
      notify(done);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="Clôture de l’année">
      <Stack spacing={1}>
        {error && <Alert severity="error">{error}</Alert>}
        {!closed ? (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography sx={{ flex: 1 }}>
              Clore l’année fige chaque chiffre du rapport : le rapport publié ne changera plus.
            </Typography>
            <Button
              variant="contained"
              color="warning"
              loading={closing.loading}
              onClick={() =>
                void run(() => close({ variables: { year, expectedVersion: version } }), `Rapport ${year} clos.`)
              }
            >
              Clore l’année {year}
            </Button>
          </Stack>
        ) : (
          <>
            <Typography variant="h6" component="h2">
              Écarts depuis la clôture
            </Typography>
            {drift.data && drift.data.reportDrift.length === 0 && (
              <Typography color="text.secondary">Aucun chiffre n’a changé depuis la clôture.</Typography>
            )}
            {!!drift.data?.reportDrift.length && (
              <Table size="small" aria-label="Écarts">
                <TableHead>
                  <TableRow>
                    <TableCell>Chiffre</TableCell>
                    <TableCell align="right">Figé</TableCell>
                    <TableCell align="right">En direct</TableCell>
                    <TableCell />
                  </TableRow>
                </TableHead>
                <TableBody>
                  {drift.data.reportDrift.map((d) => (
                    <TableRow key={d.key}>
                      <TableCell>{d.label}</TableCell>
                      <TableCell align="right">{formatIndicatorValue(d.frozenValue, d.unit)}</TableCell>
                      <TableCell align="right">{formatIndicatorValue(d.liveValue, d.unit)}</TableCell>
                      <TableCell>
                        {d.acknowledged ? (
                          'Pris connaissance'
                        ) : (
                          <Button
                            size="small"
                            onClick={() => void run(() => ack({ variables: { year, key: d.key } }), 'Écart noté.')}
                          >
                            Prendre connaissance
                          </Button>
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <TextField
                label="Raison de la réouverture"
                size="small"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                sx={{ flex: 1 }}
              />
              <Button
                variant="outlined"
                color="warning"
                loading={reopening.loading}
                onClick={() => void run(() => reopen({ variables: { year, reason } }), `Rapport ${year} rouvert.`)}
              >
                Rouvrir l’année
              </Button>
            </Stack>
          </>
        )}
      </Stack>
    </Paper>
  );
}
