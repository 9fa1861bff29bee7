import { useMutation } from '@apollo/client/react';
import { Stack } from '@mui/material';
import { OWNER_SEARCH_KINDS, OWNER_SEARCH_RESULTS, type OwnerSearchKind, type OwnerSearchResult } from '@call/domain';
import { useForm } from 'react-hook-form';
import { todayInFrance } from '../../shared/format';
import { DateInput, FormShell, SelectInput, TextInput } from '../../shared/kit';
import { FourriereAnimalQuery } from './graphql/fourriere-animal.query';
import { RecordFourriereOwnerSearchMutation } from './graphql/record-fourriere-owner-search.mutation';

interface Values {
  doneOn: string;
  kind: OwnerSearchKind;
  result: OwnerSearchResult;
  ownerName: string;
  ownerPhone: string;
  ownerAddress: string;
  notes: string;
}
const FIELDS = ['doneOn', 'kind', 'result', 'ownerName', 'ownerPhone', 'ownerAddress', 'notes'] as const;

/** Logs an I-CAD lookup, a call or a letter: the proof of the owner search. */
export function OwnerSearchForm({ animalId }: { animalId: string }) {
  const [record] = useMutation(RecordFourriereOwnerSearchMutation, { refetchQueries: [FourriereAnimalQuery] });
  const form = useForm<Values>({
    defaultValues: {
      doneOn: todayInFrance(),
      kind: 'ICAD_LOOKUP',
      result: 'OWNER_FOUND',
      ownerName: '',
      ownerPhone: '',
      ownerAddress: '',
      notes: '',
    },
  });
  const found = form.watch('result') === 'OWNER_FOUND';
  return (
    <FormShell
      form={form}
      label="Consigner une démarche"
      serverFields={FIELDS}
      submitLabel="Consigner la démarche"
      submitVariant="outlined"
      success="Démarche consignée."
      resetAfterSave={(v) => ({ ...v, ownerName: '', ownerPhone: '', ownerAddress: '', notes: '' })}
      onSubmit={async (v) => {
        await record({ variables: { input: { animalId, ...v } } });
      }}
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <DateInput<Values> name="doneOn" label="Date de la démarche" required />
        <SelectInput<Values> native name="kind" label="Démarche" choices={OWNER_SEARCH_KINDS} />
        <SelectInput<Values> native name="result" label="Résultat" choices={OWNER_SEARCH_RESULTS} />
      </Stack>
      {found && (
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <TextInput<Values>
            name="ownerName"
            label="Propriétaire"
            requiredMessage="Le nom du propriétaire trouvé est obligatoire."
          />
          <TextInput<Values> name="ownerPhone" label="Téléphone" />
          <TextInput<Values> name="ownerAddress" label="Adresse" sx={{ flex: 1 }} />
        </Stack>
      )}
      <TextInput<Values> name="notes" label="Notes" />
    </FormShell>
  );
}
