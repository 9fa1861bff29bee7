import { useMutation, useQuery } from '@apollo/client/react';
import { Stack } from '@mui/material';
import { PRET_INTERVENTION_KINDS, type PretInterventionKind } from '@call/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { PretInterventionsQuery as Result } from '../../gql/graphql';
import { formatDay, todayInFrance } from '../../shared/format';
import {
  DataTable,
  DateInput,
  DecimalInput,
  ErrorState,
  FormShell,
  PageHeader,
  RecordSection,
  SelectInput,
  TextInput,
  type Column,
} from '../../shared/kit';
import { PretInterventionsQuery, RecordPretInterventionMutation } from './graphql/pret-stock.documents';

type Row = Result['pretInterventions']['items'][number];
const PAGE_SIZE = 25;

const COLUMNS: Column<Row>[] = [
  { id: 'doneOn', label: 'Date', render: (i) => formatDay(i.doneOn), alwaysShown: true },
  { id: 'service', label: 'Service', render: (i) => i.service },
  { id: 'kind', label: 'Nature', render: (i) => PRET_INTERVENTION_KINDS.labels[i.kind] },
  { id: 'team', label: 'Agents', render: (i) => i.agentCount },
  { id: 'hours', label: 'Heures', render: (i) => i.hours.toLocaleString('fr-FR') },
  { id: 'notes', label: 'Observations', render: (i) => i.notes ?? '—' },
];

interface Values {
  service: string;
  kind: PretInterventionKind;
  doneOn: string;
  agentCount: number | null;
  hours: number | null;
  notes: string;
}

/** Technical support to the CALL's services (events, office moves, set-ups): the team, the hours. */
export function PretInterventionsPage() {
  const [page, setPage] = useState(0);
  const { data, loading, error, refetch } = useQuery(PretInterventionsQuery, {
    variables: { offset: page * PAGE_SIZE, limit: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [record] = useMutation(RecordPretInterventionMutation, {
    refetchQueries: [PretInterventionsQuery],
    awaitRefetchQueries: true,
  });
  const form = useForm<Values>({
    defaultValues: {
      service: '',
      kind: 'EVENT_SUPPORT',
      doneOn: todayInFrance(),
      agentCount: 2,
      hours: null,
      notes: '',
    },
  });
  return (
    <Stack spacing={3}>
      <PageHeader title="Interventions" subtitle="Appui technique aux services de la CALL" />
      <RecordSection title="Nouvelle intervention">
        <FormShell
          form={form}
          label="Nouvelle intervention"
          serverFields={['service', 'kind', 'doneOn', 'agentCount', 'hours', 'notes']}
          submitLabel="Enregistrer l’intervention"
          submitVariant="outlined"
          success="Intervention enregistrée."
          resetAfterSave
          onSubmit={async (v) => {
            await record({
              variables: {
                input: {
                  service: v.service,
                  kind: v.kind,
                  doneOn: v.doneOn,
                  agentCount: v.agentCount ?? 0,
                  hours: v.hours ?? 0,
                  notes: v.notes.trim() || null,
                },
              },
            });
          }}
        >
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <TextInput<Values> name="service" label="Service demandeur" requiredMessage="Service : obligatoire." />
            <SelectInput<Values> native name="kind" label="Nature" choices={PRET_INTERVENTION_KINDS} />
            <DateInput<Values> name="doneOn" label="Date" required notFuture />
          </Stack>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <DecimalInput<Values> name="agentCount" label="Nombre d’agents" min={1} maxDecimals={0} required />
            <DecimalInput<Values> name="hours" label="Heures" min={0} maxDecimals={2} required />
            <TextInput<Values> name="notes" label="Observations" />
          </Stack>
        </FormShell>
      </RecordSection>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      <DataTable
        id="pret-interventions"
        label="Interventions"
        columns={COLUMNS}
        rows={data?.pretInterventions.items}
        rowKey={(i) => i.id}
        loading={loading}
        empty="Aucune intervention."
        serverPaging={{ page, pageSize: PAGE_SIZE, total: data?.pretInterventions.total ?? 0, onPageChange: setPage }}
      />
    </Stack>
  );
}
