import { useMutation, useQuery } from '@apollo/client/react';
import { FormControlLabel, Stack, Switch, Typography } from '@mui/material';
import { PRET_REPAIR_CAUSES, PRET_REPAIR_OUTCOMES, type PretRepairOutcome } from '@call/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { PretRepairsQuery as Result } from '../../gql/graphql';
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
  type Column,
} from '../../shared/kit';
import { ClosePretRepairMutation, PretRepairsQuery } from './graphql/pret-stock.documents';

type Repair = Result['pretRepairs']['items'][number];
const PAGE_SIZE = 25;

const COLUMNS: Column<Repair>[] = [
  { id: 'openedOn', label: 'Ouverte le', render: (r) => formatDay(r.openedOn), alwaysShown: true },
  { id: 'kind', label: 'Matériel', render: (r) => `${r.kindName} × ${r.quantity}` },
  {
    id: 'cause',
    label: 'Cause',
    render: (r) =>
      r.requestId ? (
        <Link to={`/pret-materiel/demandes/${r.requestId}`}>{PRET_REPAIR_CAUSES.labels[r.cause]}</Link>
      ) : (
        PRET_REPAIR_CAUSES.labels[r.cause]
      ),
  },
  {
    id: 'outcome',
    label: 'Issue',
    render: (r) => (r.outcome ? `${PRET_REPAIR_OUTCOMES.labels[r.outcome]} le ${formatDay(r.closedOn)}` : 'En cours'),
  },
  { id: 'hours', label: 'Heures', render: (r) => r.hours?.toLocaleString('fr-FR') ?? '—' },
  {
    id: 'cost',
    label: 'Coût',
    render: (r) => (r.costCents === null ? '—' : `${(r.costCents / 100).toLocaleString('fr-FR')} €`),
  },
];

interface CloseValues {
  closedOn: string;
  outcome: PretRepairOutcome;
  hours: number | null;
  cost: number | null;
}

function CloseForm({ repair }: { repair: Repair }) {
  const [close] = useMutation(ClosePretRepairMutation, {
    refetchQueries: [PretRepairsQuery],
    awaitRefetchQueries: true,
  });
  const form = useForm<CloseValues>({
    defaultValues: { closedOn: todayInFrance(), outcome: 'BACK_IN_SERVICE', hours: null, cost: 0 },
  });
  return (
    <FormShell
      form={form}
      label={`Terminer la réparation : ${repair.kindName} × ${repair.quantity}`}
      serverFields={['closedOn', 'outcome', 'hours', 'cost']}
      serverFieldAliases={{ costCents: 'cost' }}
      submitLabel="Terminer la réparation"
      submitVariant="outlined"
      success="Réparation terminée."
      onSubmit={async (v) => {
        await close({
          variables: {
            input: {
              repairId: repair.id,
              expectedVersion: repair.version,
              closedOn: v.closedOn,
              outcome: v.outcome,
              hours: v.hours ?? 0,
              costCents: Math.round((v.cost ?? 0) * 100),
            },
          },
        });
      }}
    >
      <Typography variant="subtitle1" component="h3">
        {repair.kindName} × {repair.quantity}, ouverte le {formatDay(repair.openedOn)}
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <DateInput<CloseValues> name="closedOn" label="Terminée le" required notFuture />
        <SelectInput<CloseValues> native name="outcome" label="Issue" choices={PRET_REPAIR_OUTCOMES} />
        <DecimalInput<CloseValues> name="hours" label="Temps passé (h)" min={0} maxDecimals={2} required />
        <DecimalInput<CloseValues> name="cost" label="Coût (€)" min={0} maxDecimals={2} required />
      </Stack>
    </FormShell>
  );
}

/** Repairs opened by the return checks (or for wear): the open ones to close, back in service or scrapped. */
export function PretRepairsPage() {
  const [page, setPage] = useState(0);
  const [openOnly, setOpenOnly] = useState(true);
  const { data, loading, error, refetch } = useQuery(PretRepairsQuery, {
    variables: { openOnly, offset: page * PAGE_SIZE, limit: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const open = (data?.pretRepairs.items ?? []).filter((r) => !r.closedOn);
  return (
    <Stack spacing={3}>
      <PageHeader title="Réparations" subtitle="Ouvertes au contrôle des retours ou pour usure" />
      <FormControlLabel
        control={<Switch checked={openOnly} onChange={(e) => (setOpenOnly(e.target.checked), setPage(0))} />}
        label="En cours seulement"
      />
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      <DataTable
        id="pret-repairs"
        label="Réparations"
        columns={COLUMNS}
        rows={data?.pretRepairs.items}
        rowKey={(r) => r.id}
        loading={loading}
        empty="Aucune réparation."
        serverPaging={{ page, pageSize: PAGE_SIZE, total: data?.pretRepairs.total ?? 0, onPageChange: setPage }}
      />
      {open.length > 0 && (
        <RecordSection title="Terminer une réparation">
          {open.map((r) => (
            <CloseForm key={r.id} repair={r} />
          ))}
        </RecordSection>
      )}
    </Stack>
  );
}
