import { useMutation, useQuery } from '@apollo/client/react';
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
  TableRow,
  Typography,
} from '@mui/material';
import { PRET_HANDOVERS, PRET_STATUSES, PRET_UNITS, allowedPretTransitions } from '@call/domain';
import { Link, useParams } from 'react-router';
import type { PretRequestFieldsFragment } from '../../gql/graphql';
import { errorMessage } from '../../shared/graphql-errors';
import { formatDay } from '../../shared/format';
import { PageHeader, QueryState, useNotify } from '../../shared/kit';
import { AdvancePretRequestMutation } from './graphql/pret-mutations';
import { PretRequestQuery } from './graphql/pret-request.query';
import { PretAnswerForm } from './PretAnswerForm';
import { PretReturnForm } from './PretReturnForm';

const STEP_LABELS: Record<string, string> = {
  PREPARED: 'Marquer préparée',
  HANDED_OVER: 'Marquer livrée / retirée',
  CLOSED: 'Clôturer',
};

function Lines({ r }: { r: PretRequestFieldsFragment }) {
  return (
    <TableContainer>
      <Table size="small" aria-label="Matériel">
        <TableHead>
          <TableRow>
            <TableCell>Matériel</TableCell>
            <TableCell align="right">Demandé</TableCell>
            <TableCell align="right">Accordé</TableCell>
            <TableCell align="right">Rendu</TableCell>
            <TableCell align="right">Abîmé</TableCell>
            <TableCell align="right">Manquant</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {r.lines.map((l) => (
            <TableRow key={l.kindId}>
              <TableCell>
                {l.kindName} ({PRET_UNITS.of(l.unit).plural})
              </TableCell>
              <TableCell align="right">{l.requested}</TableCell>
              <TableCell align="right">{l.approved ?? '—'}</TableCell>
              <TableCell align="right">{l.returned ?? '—'}</TableCell>
              <TableCell align="right">{l.damaged ?? '—'}</TableCell>
              <TableCell align="right">{l.missing ?? '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** One request: its lines, then what comes next (answer, preparation, hand-over, return check, closing). */
export function PretRequestPage() {
  const { id } = useParams();
  const q = useQuery(PretRequestQuery, { variables: { id: id! }, fetchPolicy: 'cache-and-network' });
  const [advance, adv] = useMutation(AdvancePretRequestMutation, { refetchQueries: [PretRequestQuery] });
  const notify = useNotify();
  return (
    <Stack spacing={3}>
      <Typography component={Link} to="/pret-materiel" variant="body2">
        ← Demandes
      </Typography>
      <QueryState data={q.data} loading={q.loading} error={q.error} onRetry={() => void q.refetch()}>
        {({ pretRequest: r, pretAvailability }) => {
          const next = allowedPretTransitions(r.status).filter((s) => s in STEP_LABELS);
          return (
            <>
              <PageHeader
                title={`${r.eventName} — ${r.communeName}`}
                subtitle={`Du ${formatDay(r.startOn)} au ${formatDay(r.endOn)} · ${PRET_HANDOVERS.labels[r.handover]} · demandée le ${formatDay(r.requestedOn)}`}
              />
              <Typography aria-label="Statut">
                Statut :{' '}
                <strong>
                  {PRET_STATUSES.labels[r.status]}
                  {r.partial ? ' en partie' : ''}
                </strong>
                {r.refusalReason ? ` — ${r.refusalReason}` : ''}
              </Typography>
              <Paper variant="outlined">
                <Lines r={r} />
              </Paper>
              {adv.error && <Alert severity="error">{errorMessage(adv.error)}</Alert>}
              {next.length > 0 && (
                <Stack direction="row" spacing={2}>
                  {next.map((to) => (
                    <Button
                      key={to}
                      variant="contained"
                      disabled={adv.loading}
                      onClick={() =>
                        void advance({
                          variables: { input: { requestId: r.id, expectedVersion: r.version, to } },
                        })
                          .then(() => notify(`Étape enregistrée : ${STEP_LABELS[to]}.`))
                          .catch(() => undefined)
                      }
                    >
                      {STEP_LABELS[to]}
                    </Button>
                  ))}
                </Stack>
              )}
              {r.status === 'REQUESTED' && (
                <Paper variant="outlined" sx={{ p: 3 }}>
                  <PretAnswerForm request={r} availability={pretAvailability} />
                </Paper>
              )}
              {r.status === 'HANDED_OVER' && (
                <Paper variant="outlined" sx={{ p: 3 }}>
                  <PretReturnForm request={r} />
                </Paper>
              )}
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
