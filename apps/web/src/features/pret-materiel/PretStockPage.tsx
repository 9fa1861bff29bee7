import { useMutation, useQuery } from '@apollo/client/react';
import { Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { PRET_MOVEMENTS, PRET_UNITS, type PretMovementKind, type PretUnit } from '@call/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { PretStockQuery as Result } from '../../gql/graphql';
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
import {
  CreatePretKindMutation,
  PretStockQuery,
  RecordPretStockMovementMutation,
} from './graphql/pret-stock.documents';

type Movement = Result['pretStockMovements']['items'][number];
const PAGE_SIZE = 25;
const REFETCH = { refetchQueries: [PretStockQuery], awaitRefetchQueries: true };

const COLUMNS: Column<Movement>[] = [
  { id: 'movedOn', label: 'Date', render: (m) => formatDay(m.movedOn), alwaysShown: true },
  { id: 'kind', label: 'Matériel', render: (m) => m.kindName },
  { id: 'movement', label: 'Mouvement', render: (m) => PRET_MOVEMENTS.labels[m.movement] },
  {
    id: 'quantity',
    label: 'Quantité',
    render: (m) => `${PRET_MOVEMENTS.of(m.movement).sign > 0 ? '+' : '−'}${m.quantity}`,
  },
  { id: 'notes', label: 'Motif', render: (m) => m.notes ?? '—' },
  { id: 'by', label: 'Saisi par', render: (m) => m.recordedByLogin },
];

interface MovementValues {
  kindId: string;
  movedOn: string;
  movement: PretMovementKind;
  quantity: number | null;
  notes: string;
}

function MovementForm({ kinds }: { kinds: { id: string; name: string }[] }) {
  const [record] = useMutation(RecordPretStockMovementMutation, REFETCH);
  const form = useForm<MovementValues>({
    defaultValues: {
      kindId: kinds[0]?.id ?? '',
      movedOn: todayInFrance(),
      movement: 'ACQUISITION',
      quantity: null,
      notes: '',
    },
  });
  return (
    <FormShell
      form={form}
      label="Nouveau mouvement de stock"
      serverFields={['kindId', 'movedOn', 'movement', 'quantity', 'notes']}
      submitLabel="Enregistrer le mouvement"
      submitVariant="outlined"
      success="Mouvement enregistré."
      resetAfterSave
      onSubmit={async (v) => {
        await record({
          variables: {
            input: {
              kindId: v.kindId,
              movedOn: v.movedOn,
              movement: v.movement,
              quantity: v.quantity ?? 0,
              notes: v.notes.trim() || null,
            },
          },
        });
      }}
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <SelectInput<MovementValues>
          native
          name="kindId"
          label="Matériel"
          choices={kinds.map((k) => ({ value: k.id, label: k.name }))}
        />
        <DateInput<MovementValues> name="movedOn" label="Date du mouvement" required notFuture />
        <SelectInput<MovementValues> native name="movement" label="Mouvement" choices={PRET_MOVEMENTS} />
        <DecimalInput<MovementValues> name="quantity" label="Quantité" min={1} maxDecimals={0} required />
      </Stack>
      <TextInput<MovementValues> name="notes" label="Motif (facture, constat…)" />
    </FormShell>
  );
}

function KindForm() {
  const [create] = useMutation(CreatePretKindMutation, REFETCH);
  const form = useForm<{ name: string; unit: PretUnit }>({ defaultValues: { name: '', unit: 'PIECE' } });
  return (
    <FormShell
      form={form}
      label="Nouveau type de matériel"
      serverFields={['name', 'unit']}
      submitLabel="Ajouter au catalogue"
      submitVariant="outlined"
      success="Type de matériel ajouté."
      resetAfterSave
      onSubmit={async (v) => {
        await create({ variables: { input: v } });
      }}
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <TextInput<{ name: string; unit: PretUnit }> name="name" label="Nom" requiredMessage="Nom : obligatoire." />
        <SelectInput<{ name: string; unit: PretUnit }> native name="unit" label="Unité" choices={PRET_UNITS} />
      </Stack>
    </FormShell>
  );
}

/** The catalogue: kinds and their stock in service today, the dated movements that make it, and new ones. */
export function PretStockPage() {
  const [page, setPage] = useState(0);
  const { data, loading, error, refetch } = useQuery(PretStockQuery, {
    variables: { kindId: null, offset: page * PAGE_SIZE, limit: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const kinds = data?.pretKinds ?? [];
  return (
    <Stack spacing={3}>
      <PageHeader title="Catalogue et stock" subtitle="Quantités en service aujourd’hui et mouvements datés" />
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      <RecordSection title="Catalogue">
        <Table size="small" aria-label="Catalogue du matériel">
          <TableHead>
            <TableRow>
              <TableCell>Matériel</TableCell>
              <TableCell>Unité</TableCell>
              <TableCell align="right">En service aujourd’hui</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {kinds.map((k) => (
              <TableRow key={k.id}>
                <TableCell>{k.name}</TableCell>
                <TableCell>{PRET_UNITS.labels[k.unit]}</TableCell>
                <TableCell align="right">{k.stockToday}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <KindForm />
      </RecordSection>
      <RecordSection title="Mouvements de stock">
        {kinds.length > 0 && <MovementForm kinds={kinds} />}
        <DataTable
          id="pret-movements"
          label="Mouvements de stock"
          columns={COLUMNS}
          rows={data?.pretStockMovements.items}
          rowKey={(m) => m.id}
          loading={loading}
          empty="Aucun mouvement."
          serverPaging={{
            page,
            pageSize: PAGE_SIZE,
            total: data?.pretStockMovements.total ?? 0,
            onPageChange: setPage,
          }}
        />
      </RecordSection>
    </Stack>
  );
}
