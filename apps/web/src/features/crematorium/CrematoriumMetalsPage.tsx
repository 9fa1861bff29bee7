import { useMutation, useQuery } from '@apollo/client/react';
import { Grid, Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { METAL_PURPOSES, type MetalPurpose } from '@call/domain';
import { useForm } from 'react-hook-form';
import { formatDay, todayInFrance } from '../../shared/format';
import {
  DateInput,
  DecimalInput,
  FormShell,
  PageHeader,
  QueryState,
  RecordItem,
  RecordSection,
  SelectInput,
  TextInput,
} from '../../shared/kit';
import {
  AllocateCrematoriumMetalsMutation,
  CrematoriumMetalsQuery,
  RecordCrematoriumMetalLotMutation,
} from './graphql/crematorium.documents';

const euros = (cents: number) =>
  (cents / 100).toLocaleString('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });
const REFETCH = { refetchQueries: [CrematoriumMetalsQuery], awaitRefetchQueries: true };

interface LotValues {
  collectedOn: string;
  weightKg: number | null;
  buyer: string;
  proceeds: number | null;
}

interface AllocationValues {
  allocatedOn: string;
  purpose: MetalPurpose;
  beneficiary: string;
  amount: number | null;
}

function LotForm() {
  const [record] = useMutation(RecordCrematoriumMetalLotMutation, REFETCH);
  const form = useForm<LotValues>({
    defaultValues: { collectedOn: todayInFrance(), weightKg: null, buyer: '', proceeds: null },
  });
  return (
    <FormShell
      form={form}
      label="Nouvelle collecte de métaux"
      serverFields={['collectedOn', 'weightKg', 'buyer', 'proceeds']}
      serverFieldAliases={{ proceedsCents: 'proceeds' }}
      submitLabel="Enregistrer la collecte"
      submitVariant="outlined"
      success="Collecte enregistrée."
      resetAfterSave
      onSubmit={async (v) => {
        await record({
          variables: {
            input: {
              collectedOn: v.collectedOn,
              weightKg: v.weightKg ?? 0,
              buyer: v.buyer,
              proceedsCents: Math.round((v.proceeds ?? 0) * 100),
            },
          },
        });
      }}
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <DateInput<LotValues> name="collectedOn" label="Date de la collecte" required notFuture />
        <DecimalInput<LotValues> name="weightKg" label="Poids (kg)" min={0} maxDecimals={2} required />
        <TextInput<LotValues> name="buyer" label="Acheteur" requiredMessage="Acheteur : obligatoire." />
        <DecimalInput<LotValues> name="proceeds" label="Produit de la vente (€)" min={0} maxDecimals={2} required />
      </Stack>
    </FormShell>
  );
}

function AllocationForm() {
  const [allocate] = useMutation(AllocateCrematoriumMetalsMutation, REFETCH);
  const form = useForm<AllocationValues>({
    defaultValues: {
      allocatedOn: todayInFrance(),
      purpose: 'FUNERALS_WITHOUT_RESOURCES',
      beneficiary: '',
      amount: null,
    },
  });
  return (
    <FormShell
      form={form}
      label="Nouvel emploi du produit"
      serverFields={['allocatedOn', 'purpose', 'beneficiary', 'amount']}
      serverFieldAliases={{ amountCents: 'amount' }}
      submitLabel="Affecter"
      submitVariant="outlined"
      success="Emploi enregistré."
      resetAfterSave
      onSubmit={async (v) => {
        await allocate({
          variables: {
            input: {
              allocatedOn: v.allocatedOn,
              purpose: v.purpose,
              beneficiary: v.beneficiary,
              amountCents: Math.round((v.amount ?? 0) * 100),
            },
          },
        });
      }}
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <DateInput<AllocationValues> name="allocatedOn" label="Date" required notFuture />
        <SelectInput<AllocationValues> native name="purpose" label="Emploi" choices={METAL_PURPOSES} />
        <TextInput<AllocationValues>
          name="beneficiary"
          label="Bénéficiaire"
          requiredMessage="Bénéficiaire : obligatoire."
        />
        <DecimalInput<AllocationValues> name="amount" label="Montant (€)" min={0} maxDecimals={2} required />
      </Stack>
    </FormShell>
  );
}

/** Metals from cremation (CGCT L2223-18-1-1): collections sold, the uses the law allows, the balance left. */
export function CrematoriumMetalsPage() {
  const q = useQuery(CrematoriumMetalsQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <Stack spacing={3}>
      <PageHeader title="Métaux issus de la crémation" subtitle="Collectes, produit, emplois et solde" />
      <QueryState data={q.data} loading={q.loading} error={q.error} onRetry={() => void q.refetch()}>
        {({ crematoriumMetals: m }) => (
          <>
            <RecordSection title="Solde">
              <Grid container spacing={2}>
                <RecordItem label="Métaux collectés">{m.weightKg.toLocaleString('fr-FR')} kg</RecordItem>
                <RecordItem label="Produit des ventes">{euros(m.proceedsCents)}</RecordItem>
                <RecordItem label="Affecté">{euros(m.allocatedCents)}</RecordItem>
                <RecordItem label="Solde disponible">{euros(m.balanceCents)}</RecordItem>
              </Grid>
            </RecordSection>
            <RecordSection title="Collectes">
              <Table size="small" aria-label="Collectes de métaux">
                <TableHead>
                  <TableRow>
                    <TableCell>Date</TableCell>
                    <TableCell align="right">Poids (kg)</TableCell>
                    <TableCell>Acheteur</TableCell>
                    <TableCell align="right">Produit</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {m.lots.map((l) => (
                    <TableRow key={l.id}>
                      <TableCell>{formatDay(l.collectedOn)}</TableCell>
                      <TableCell align="right">{l.weightKg.toLocaleString('fr-FR')}</TableCell>
                      <TableCell>{l.buyer}</TableCell>
                      <TableCell align="right">{euros(l.proceedsCents)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              <LotForm />
            </RecordSection>
            <RecordSection title="Emplois du produit">
              <Table size="small" aria-label="Emplois du produit des métaux">
                <TableHead>
                  <TableRow>
                    <TableCell>Date</TableCell>
                    <TableCell>Emploi</TableCell>
                    <TableCell>Bénéficiaire</TableCell>
                    <TableCell align="right">Montant</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {m.allocations.map((a) => (
                    <TableRow key={a.id}>
                      <TableCell>{formatDay(a.allocatedOn)}</TableCell>
                      <TableCell>{METAL_PURPOSES.labels[a.purpose]}</TableCell>
                      <TableCell>{a.beneficiary}</TableCell>
                      <TableCell align="right">{euros(a.amountCents)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              <AllocationForm />
            </RecordSection>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
