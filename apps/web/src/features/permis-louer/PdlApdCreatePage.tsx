import { useMutation, useQuery } from '@apollo/client/react';
import { Box, Checkbox, FormControlLabel, Paper, Stack } from '@mui/material';
import { Controller, useForm } from 'react-hook-form';
import { todayInFrance } from '../../shared/format';
import { DateInput, DecimalInput, FormShell, PageHeader, SelectInput, TextInput } from '../../shared/kit';
import { DepositPdlApdMutation, PdlApdDossiersQuery } from './graphql/pdl-apd.graphql';
import { PdlAllCommunesQuery } from './graphql/pdl-perimeters.graphql';

interface Values {
  ownerName: string;
  street: string;
  communeInsee: string;
  dwellingsCount: number | null;
  receivedOn: string;
  anahJoint: boolean;
}
const FIELDS = ['ownerName', 'street', 'communeInsee', 'dwellingsCount', 'receivedOn'] as const;

/** Registers an APD: a building divided into several dwellings; silence for fifteen days authorises it. */
export function PdlApdCreatePage() {
  const communes = useQuery(PdlAllCommunesQuery);
  const [deposit] = useMutation(DepositPdlApdMutation, { refetchQueries: [PdlApdDossiersQuery] });
  const form = useForm<Values>({
    defaultValues: {
      ownerName: '',
      street: '',
      communeInsee: '',
      dwellingsCount: null,
      receivedOn: todayInFrance(),
      anahJoint: false,
    },
  });
  const options = (communes.data?.communes ?? []).map((c) => ({ code: c.inseeCode, label: c.name }));
  return (
    <Box>
      <PageHeader title="Nouvelle demande APD" />
      <Paper sx={{ p: 3 }}>
        <FormShell
          form={form}
          label="Nouvelle demande APD"
          serverFields={FIELDS}
          submitLabel="Enregistrer la demande"
          cancelTo="/permis-louer/apd"
          success="Demande APD enregistrée."
          onSubmit={async (v) => {
            const r = await deposit({ variables: { input: { ...v, dwellingsCount: v.dwellingsCount ?? 0 } } });
            return `/permis-louer/apd/${r.data!.depositPdlApd.id}`;
          }}
        >
          <TextInput<Values> name="ownerName" label="Propriétaire" required fullWidth />
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <TextInput<Values> name="street" label="Adresse de l’immeuble" required fullWidth />
            <SelectInput<Values> native name="communeInsee" label="Commune" choices={options} required />
          </Stack>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <DecimalInput<Values>
              name="dwellingsCount"
              label="Logements après division"
              required
              min={2}
              maxDecimals={0}
            />
            <DateInput<Values> name="receivedOn" label="Date du récépissé" required notFuture />
          </Stack>
          <Controller
            control={form.control}
            name="anahJoint"
            render={({ field }) => (
              <FormControlLabel
                control={<Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />}
                label="Suivi conjoint avec une aide ANAH"
              />
            )}
          />
        </FormShell>
      </Paper>
    </Box>
  );
}
