import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Box, Chip, Grid, Paper, Stack } from '@mui/material';
import {
  observationsDueOn,
  PDL_AUTHORITIES,
  PDL_OFFENCES,
  PDL_SANCTION_STAGES,
  type PdlSanctionStage,
} from '@call/domain';
import { useForm } from 'react-hook-form';
import { useParams } from 'react-router';
import type { PdlSanctionStep } from '../../gql/graphql';
import { formatDay, todayInFrance } from '../../shared/format';
import {
  DateInput,
  DecimalInput,
  FormShell,
  PageHeader,
  QueryState,
  RecordItem,
  RecordSection,
} from '../../shared/kit';
import { PdlSanctionQuery, PdlSanctionsQuery, RecordPdlSanctionStepMutation } from './graphql/pdl-sanctions.graphql';

const STEP_LABELS: Record<PdlSanctionStep, string> = {
  REPORT: 'Signalement à l’autorité',
  INVITE: 'Invitation à présenter des observations',
  ORDER: 'Arrêté (amende)',
  REVENUE_ORDER: 'Titre de perception émis',
  PAID: 'Amende payée',
};

function NextStepForm(props: { sanctionId: string; version: number; stage: PdlSanctionStage; maxFine: number }) {
  const next = PDL_SANCTION_STAGES.of(props.stage).next as PdlSanctionStep;
  const [record] = useMutation(RecordPdlSanctionStepMutation, {
    refetchQueries: [PdlSanctionQuery, PdlSanctionsQuery],
  });
  type V = { on: string; amount: number | null };
  const form = useForm<V>({ defaultValues: { on: todayInFrance(), amount: null } });
  return (
    <FormShell
      form={form}
      label="Étape suivante"
      serverFields={['on', 'amount']}
      submitLabel={`Enregistrer : ${STEP_LABELS[next]}`}
      success="Étape enregistrée."
      onSubmit={async (v) => {
        await record({
          variables: {
            input: {
              sanctionId: props.sanctionId,
              expectedVersion: props.version,
              step: next,
              on: v.on,
              amount: next === 'ORDER' ? v.amount : null,
            },
          },
        });
      }}
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <DateInput<V> name="on" label={`Date — ${STEP_LABELS[next]}`} required notFuture />
        {next === 'ORDER' && (
          <DecimalInput<V>
            name="amount"
            label={`Montant de l’amende (€, plafond ${props.maxFine.toLocaleString('fr-FR')} €)`}
            required
            min={1}
            maxDecimals={0}
          />
        )}
      </Stack>
    </FormShell>
  );
}

/** A sanction procedure: the offence, its authority by date, each step dated in order, then the next one. */
export function PdlSanctionPage() {
  const { id } = useParams();
  const q = useQuery(PdlSanctionQuery, { variables: { id: id! }, fetchPolicy: 'cache-and-network' });
  return (
    <QueryState data={q.data} loading={q.loading} error={q.error} onRetry={() => void q.refetch()}>
      {({ pdlSanction: s }) => (
        <Box>
          <PageHeader
            title={`Procédure — ${s.ownerName}`}
            subtitle={
              <Chip label={PDL_SANCTION_STAGES.labels[s.stage]} color={s.stage === 'CLOSED' ? 'success' : 'default'} />
            }
          />
          <Stack spacing={2}>
            {s.stage === 'TO_ORDER' && s.observationsInvitedOn && (
              <Alert severity="info">
                L’arrêté ne peut être pris avant la fin du délai d’observations, le{' '}
                {formatDay(observationsDueOn(s.observationsInvitedOn))}.
              </Alert>
            )}
            <RecordSection title="Manquement">
              <Grid container spacing={2}>
                <RecordItem label="Adresse">{`${s.street}, ${s.communeName}`}</RecordItem>
                <RecordItem label="Manquement">{PDL_OFFENCES.labels[s.offence]}</RecordItem>
                <RecordItem label="Constat">{formatDay(s.foundOn)}</RecordItem>
                <RecordItem label="Autorité compétente">{PDL_AUTHORITIES.labels[s.authority]}</RecordItem>
                <RecordItem label="Plafond de l’amende">{`${s.maxFine.toLocaleString('fr-FR')} €`}</RecordItem>
              </Grid>
            </RecordSection>
            <RecordSection title="Procédure">
              <Grid container spacing={2}>
                <RecordItem label={STEP_LABELS.REPORT}>{s.reportedOn && formatDay(s.reportedOn)}</RecordItem>
                <RecordItem label={STEP_LABELS.INVITE}>
                  {s.observationsInvitedOn && formatDay(s.observationsInvitedOn)}
                </RecordItem>
                <RecordItem label={STEP_LABELS.ORDER}>
                  {s.orderedOn && `${formatDay(s.orderedOn)} — ${(s.amount ?? 0).toLocaleString('fr-FR')} €`}
                </RecordItem>
                <RecordItem label={STEP_LABELS.REVENUE_ORDER}>
                  {s.revenueOrderOn && formatDay(s.revenueOrderOn)}
                </RecordItem>
                <RecordItem label={STEP_LABELS.PAID}>{s.paidOn && formatDay(s.paidOn)}</RecordItem>
              </Grid>
            </RecordSection>
            {s.stage !== 'CLOSED' && (
              <Paper sx={{ p: 2 }}>
                <NextStepForm sanctionId={s.id} version={s.version} stage={s.stage} maxFine={s.maxFine} />
              </Paper>
            )}
          </Stack>
        </Box>
      )}
    </QueryState>
  );
}
