import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { MEMBERSHIP_SERVICES, type MembershipServiceKey } from '@call/domain';
import { useState } from 'react';
import { errorMessage } from '../../shared/graphql-errors';
import { formatDay, todayInFrance } from '../../shared/format';
import { DateField, FigureChanges, isBackdated, isIsoDay, PageHeader, useConfirm, useNotify } from '../../shared/kit';
import {
  EndServiceMembershipImpactQuery,
  EndServiceMembershipMutation,
} from './graphql/end-service-membership.mutation';
import { ServiceMembershipsQuery } from './graphql/service-memberships.query';
import { MembershipForm } from './MembershipForm';

/** The dated referential "which communes belong to which service, from when to when", kept by the administrator. */
export function MembershipsPage() {
  const [service, setService] = useState<MembershipServiceKey>('ads');
  const [on, setOn] = useState<string>(todayInFrance());
  const [endOn, setEndOn] = useState<string>(todayInFrance());
  const [error, setError] = useState<string | null>(null);
  const {
    data,
    loading,
    error: loadError,
  } = useQuery(ServiceMembershipsQuery, { variables: { service, on: on || null }, fetchPolicy: 'cache-and-network' });
  const [end] = useMutation(EndServiceMembershipMutation, { refetchQueries: [ServiceMembershipsQuery] });
  const options = MEMBERSHIP_SERVICES.find((s) => s.key === service)!.options as readonly {
    code: string;
    label: string;
  }[];
  const optionLabel = (code: string | null) => options.find((o) => o.code === code)?.label ?? '—';
  const rows = data?.serviceMemberships ?? [];

  const { confirm, dialog } = useConfirm();
  const notify = useNotify();
  const client = useApolloClient();
  const close = async (id: string, commune: string) => {
    setError(null);
    const backdated = isBackdated(endOn, todayInFrance());
    try {
      // dated in a published year: the figures it would rewrite, computed on a rolled-back copy of the change
      const changes = backdated
        ? ((
            await client.query({
              query: EndServiceMembershipImpactQuery,
              variables: { id, validTo: endOn },
              fetchPolicy: 'network-only',
            })
          ).data?.endServiceMembershipImpact ?? [])
        : null;
      const ok = await confirm({
        title: `Clore l’adhésion de ${commune} au ${formatDay(endOn)} ?`,
        body: (
          <>
            <Typography variant="body2" sx={{ mb: 1 }}>
              La commune ne sera plus comptée ni proposée au service après cette date.
            </Typography>
            {changes && <FigureChanges changes={changes} />}
          </>
        ),
        confirmLabel: `Clore au ${formatDay(endOn)}`,
      });
      if (!ok) return;
      await end({ variables: { id, validTo: endOn, confirmBackdated: backdated } });
      notify(`Adhésion de ${commune} close au ${formatDay(endOn)}.`);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Stack spacing={3}>
      <PageHeader title="Adhésions des communes" />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          select
          label="Service"
          value={service}
          sx={{ minWidth: 280 }}
          onChange={(e) => setService(e.target.value as MembershipServiceKey)}
        >
          {MEMBERSHIP_SERVICES.map((s) => (
            <MenuItem key={s.key} value={s.key}>
              {s.label}
            </MenuItem>
          ))}
        </TextField>
        <DateField
          label="En vigueur le (vide : tout l’historique)"
          value={on}
          sx={{ minWidth: 280 }}
          onChange={(v) => (v === '' || isIsoDay(v)) && setOn(v)}
        />
        <DateField
          label="Date de fin pour « Clore »"
          value={endOn}
          onChange={(v) => (v === '' || isIsoDay(v)) && setEndOn(v)}
        />
      </Stack>
      {(error || loadError) && <Alert severity="error">{error ?? errorMessage(loadError)}</Alert>}
      <Typography color="text.secondary">
        {loading && !data ? 'Chargement…' : `${rows.length} commune${rows.length > 1 ? 's' : ''}`}
      </Typography>
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label="Adhésions">
          <TableHead>
            <TableRow>
              <TableCell>Commune</TableCell>
              {options.length > 0 && <TableCell>Option</TableCell>}
              <TableCell>Début</TableCell>
              <TableCell>Fin</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((m) => (
              <TableRow key={m.id}>
                <TableCell>{m.commune.name}</TableCell>
                {options.length > 0 && <TableCell>{optionLabel(m.option ?? null)}</TableCell>}
                <TableCell>{formatDay(m.validFrom)}</TableCell>
                <TableCell>{formatDay(m.validTo)}</TableCell>
                <TableCell align="right">
                  {!m.validTo && (
                    <Button
                      size="small"
                      onClick={() => void close(m.id, m.commune.name)}
                      // the name starts with the visible text (RGAA 11.9, WCAG 2.5.3) and says which commune
                      aria-label={`Clore au ${formatDay(endOn)} l’adhésion de ${m.commune.name}`}
                    >
                      Clore au {formatDay(endOn)}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Paper variant="outlined" sx={{ p: 3 }}>
        <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
          Nouvelle adhésion
        </Typography>
        <MembershipForm key={service} service={service} />
      </Paper>
      {dialog}
    </Stack>
  );
}
