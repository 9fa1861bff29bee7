import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Box, Chip, Grid, Paper, Stack } from '@mui/material';
import { PDL_DECISIONS, PDL_OUTCOMES, type PdlDecision } from '@call/domain';
import { useForm } from 'react-hook-form';
import { useParams } from 'react-router';
import { formatDay, todayInFrance } from '../../shared/format';
import {
  DateInput,
  FormShell,
  PageHeader,
  QueryState,
  RecordItem,
  RecordSection,
  SelectInput,
  TextInput,
} from '../../shared/kit';
import {
  ApprovePdlApdWorksMutation,
  DecidePdlApdMutation,
  PdlApdDossierQuery,
  PdlApdDossiersQuery,
} from './graphql/pdl-apd.graphql';

interface Step {
  apdId: string;
  version: number;
}
const REFETCH = { refetchQueries: [PdlApdDossierQuery, PdlApdDossiersQuery] };

function ApdDecisionForm({ apdId, version }: Step) {
  const [decide] = useMutation(DecidePdlApdMutation, REFETCH);
  type V = { decision: PdlDecision; on: string; reasons: string };
  const form = useForm<V>({ defaultValues: { decision: 'ACCORD', on: todayInFrance(), reasons: '' } });
  return (
    <FormShell
      form={form}
      label="Décision APD"
      serverFields={['decision', 'on', 'reasons']}
      submitLabel="Enregistrer la décision"
      success="Décision enregistrée."
      onSubmit={async (v) => {
        await decide({
          variables: { input: { apdId, expectedVersion: version, ...v, reasons: v.reasons.trim() || null } },
        });
      }}
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <SelectInput<V> native name="decision" label="Décision" choices={PDL_DECISIONS} />
        <DateInput<V> name="on" label="Date de décision" required notFuture />
      </Stack>
      {form.watch('decision') === 'REFUS' && (
        <TextInput<V> name="reasons" label="Motifs du refus" multiline minRows={2} />
      )}
    </FormShell>
  );
}

function FinalApprovalForm({ apdId, version }: Step) {
  const [approve] = useMutation(ApprovePdlApdWorksMutation, REFETCH);
  const form = useForm<{ on: string }>({ defaultValues: { on: todayInFrance() } });
  return (
    <FormShell
      form={form}
      label="Accord final après travaux"
      serverFields={['on']}
      submitLabel="Enregistrer l’accord final"
      success="Accord final enregistré."
      onSubmit={async (v) => {
        await approve({ variables: { input: { apdId, expectedVersion: version, on: v.on } } });
      }}
    >
      <DateInput<{ on: string }> name="on" label="Date de l’accord final" required notFuture />
    </FormShell>
  );
}

/** An APD: the building, the decision (tacit after fifteen days of silence), then the final approval after works. */
export function PdlApdPage() {
  const { id } = useParams();
  const q = useQuery(PdlApdDossierQuery, { variables: { id: id! }, fetchPolicy: 'cache-and-network' });
  return (
    <QueryState data={q.data} loading={q.loading} error={q.error} onRetry={() => void q.refetch()}>
      {({ pdlApdDossier: d }) => {
        const step = { apdId: d.id, version: d.version };
        const granted = d.outcome !== null && d.outcome !== undefined && d.outcome !== 'REFUS';
        return (
          <Box>
            <PageHeader
              title={`Dossier ${d.number}`}
              subtitle={
                <Chip
                  label={d.outcome ? PDL_OUTCOMES.labels[d.outcome] : 'En attente de décision'}
                  color={d.outcome === 'REFUS' ? 'error' : d.outcome ? 'success' : 'default'}
                />
              }
            />
            <Stack spacing={2}>
              {!d.outcome && (
                <Alert severity="info">
                  Sans décision notifiée, la division est tacitement autorisée le {formatDay(d.tacitOn)} (quinze jours
                  après le récépissé).
                </Alert>
              )}
              <RecordSection title="Demande">
                <Grid container spacing={2}>
                  <RecordItem label="Propriétaire">{d.ownerName}</RecordItem>
                  <RecordItem label="Immeuble">{`${d.street}, ${d.communeName}`}</RecordItem>
                  <RecordItem label="Logements après division">{d.dwellingsCount}</RecordItem>
                  <RecordItem label="Récépissé">{formatDay(d.receivedOn)}</RecordItem>
                  <RecordItem label="Décision">
                    {d.outcome ? `${PDL_OUTCOMES.labels[d.outcome]} le ${formatDay(d.decidedOn)}` : null}
                  </RecordItem>
                  <RecordItem label="Accord final après travaux">
                    {d.finalApprovalOn ? formatDay(d.finalApprovalOn) : null}
                  </RecordItem>
                  {d.anahJoint && <RecordItem label="ANAH">suivi conjoint avec une aide ANAH</RecordItem>}
                </Grid>
              </RecordSection>
              {!d.outcome && (
                <Paper sx={{ p: 2 }}>
                  <ApdDecisionForm {...step} />
                </Paper>
              )}
              {granted && !d.finalApprovalOn && (
                <Paper sx={{ p: 2 }}>
                  <FinalApprovalForm {...step} />
                </Paper>
              )}
            </Stack>
          </Box>
        );
      }}
    </QueryState>
  );
}
