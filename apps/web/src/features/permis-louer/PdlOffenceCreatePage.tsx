import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Box, Paper, Stack } from '@mui/material';
import { PDL_OFFENCES, type PdlOffence } from '@call/domain';
import { useForm } from 'react-hook-form';
import { todayInFrance } from '../../shared/format';
import { DateInput, FormShell, PageHeader, SelectInput, TextInput } from '../../shared/kit';
import { PdlAllCommunesQuery } from './graphql/pdl-perimeters.graphql';
import { PdlSanctionsQuery, RecordPdlOffenceMutation } from './graphql/pdl-sanctions.graphql';
import { regimeSentence } from './sanction-regime';

interface Values {
  ownerName: string;
  street: string;
  communeInsee: string;
  offence: PdlOffence;
  foundOn: string;
}
const FIELDS = ['ownerName', 'street', 'communeInsee', 'offence', 'foundOn'] as const;

/** An offence found: the authority and the ceiling follow from the day it was found (law of 9 April 2024). */
export function PdlOffenceCreatePage() {
  const communes = useQuery(PdlAllCommunesQuery);
  const [record] = useMutation(RecordPdlOffenceMutation, { refetchQueries: [PdlSanctionsQuery] });
  const form = useForm<Values>({
    defaultValues: {
      ownerName: '',
      street: '',
      communeInsee: '',
      offence: 'LET_WITHOUT_AUTHORISATION',
      foundOn: todayInFrance(),
    },
  });
  const foundOn = form.watch('foundOn');
  const offence = form.watch('offence');
  const regime = regimeSentence(foundOn, offence);
  const options = (communes.data?.communes ?? []).map((c) => ({ code: c.inseeCode, label: c.name }));
  return (
    <Box>
      <PageHeader title="Nouveau constat de manquement" />
      <Paper sx={{ p: 3 }}>
        <FormShell
          form={form}
          label="Nouveau constat"
          serverFields={FIELDS}
          submitLabel="Enregistrer le constat"
          cancelTo="/permis-louer/sanctions"
          success="Constat enregistré."
          onSubmit={async (v) => {
            const r = await record({ variables: { input: v } });
            return `/permis-louer/sanctions/${r.data!.recordPdlOffence.id}`;
          }}
        >
          <TextInput<Values> name="ownerName" label="Propriétaire" required fullWidth />
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <TextInput<Values> name="street" label="Adresse du logement" required fullWidth />
            <SelectInput<Values> native name="communeInsee" label="Commune" choices={options} required />
          </Stack>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <SelectInput<Values> native name="offence" label="Manquement" choices={PDL_OFFENCES} />
            <DateInput<Values> name="foundOn" label="Date du constat" required notFuture />
          </Stack>
          {regime && (
            <Alert severity="info" aria-label="Régime applicable">
              {regime}
            </Alert>
          )}
        </FormShell>
      </Paper>
    </Box>
  );
}
