import { useMutation } from '@apollo/client/react';
import { Stack } from '@mui/material';
import { FOURRIERE_VET_ACT_KINDS, type FourriereVetActKind } from '@call/domain';
import { useForm } from 'react-hook-form';
import { todayInFrance } from '../../shared/format';
import { DateInput, DecimalInput, FormShell, SelectInput, TextInput } from '../../shared/kit';
import { AddFourriereVetActMutation } from './graphql/add-fourriere-vet-act.mutation';
import { FourriereAnimalQuery } from './graphql/fourriere-animal.query';
import { FourriereOutcomeOptionsQuery } from './graphql/fourriere-outcome-options.query';

interface Values {
  kind: FourriereVetActKind;
  actOn: string;
  amount: number | null;
  notes: string;
}
const FIELDS = ['kind', 'actOn', 'amount', 'notes'] as const;

/** Records a veterinary act of the stay; it is added to the fees the owner pays on return. */
export function VetActForm({ animalId }: { animalId: string }) {
  // the outcome form's fee quote must include the new act
  const [add] = useMutation(AddFourriereVetActMutation, {
    refetchQueries: [FourriereAnimalQuery, FourriereOutcomeOptionsQuery],
  });
  const form = useForm<Values>({
    defaultValues: { kind: 'VACCINATION', actOn: todayInFrance(), amount: null, notes: '' },
  });
  return (
    <FormShell
      form={form}
      label="Acte vétérinaire"
      serverFields={FIELDS}
      // the amount is typed in euros; the server speaks of cents
      serverFieldAliases={{ amountCents: 'amount' }}
      submitLabel="Enregistrer l’acte"
      submitVariant="outlined"
      success="Acte vétérinaire enregistré."
      resetAfterSave={(v) => ({ ...v, amount: null, notes: '' })}
      afterSave={() => form.setFocus('kind')}
      onSubmit={async (v) => {
        await add({
          variables: {
            input: {
              animalId,
              kind: v.kind,
              actOn: v.actOn,
              amountCents: Math.round((v.amount ?? 0) * 100),
              notes: v.notes.trim() || null,
            },
          },
        });
      }}
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <SelectInput<Values> native name="kind" label="Nature de l’acte" choices={FOURRIERE_VET_ACT_KINDS} />
        <DateInput<Values> name="actOn" label="Date de l’acte" required />
        <DecimalInput<Values> name="amount" label="Montant (€)" required min={0} maxDecimals={2} />
      </Stack>
      <TextInput<Values> name="notes" label="Notes de l’acte" />
    </FormShell>
  );
}
