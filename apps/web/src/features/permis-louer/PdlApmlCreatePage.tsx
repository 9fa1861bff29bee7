import { useMutation, useQuery } from '@apollo/client/react';
import { Box, Checkbox, FormControlLabel, Paper, Stack, Typography } from '@mui/material';
import {
  PDL_DWELLING_TYPES,
  PDL_LETTING_CONTEXTS,
  PDL_OWNER_KINDS,
  type PdlDwellingType,
  type PdlLettingContext,
  type PdlOwnerKind,
} from '@call/domain';
import { Controller, useForm } from 'react-hook-form';
import { todayInFrance } from '../../shared/format';
import { DateInput, DecimalInput, FormShell, PageHeader, SelectInput, TextInput } from '../../shared/kit';
import { DepositPdlApmlMutation } from './graphql/deposit-pdl-apml.mutation';
import { PdlApmlDossiersQuery } from './graphql/pdl-apml-dossiers.query';
import { PdlPerimetersQuery } from './graphql/pdl-communes.query';

interface Values {
  ownerKind: PdlOwnerKind;
  ownerName: string;
  ownerContact: string;
  street: string;
  communeInsee: string;
  dwellingType: PdlDwellingType;
  surfaceM2: number | null;
  floor: number | null;
  rooms: number | null;
  lettingContext: PdlLettingContext;
  depositedOn: string;
  receivedOn: string;
  anahJoint: boolean;
}
const FIELDS = [
  'ownerKind',
  'ownerName',
  'ownerContact',
  'street',
  'communeInsee',
  'dwellingType',
  'surfaceM2',
  'floor',
  'rooms',
  'lettingContext',
  'depositedOn',
  'receivedOn',
] as const;

/** Registers an APML (CERFA 15652): the owner, the dwelling, the deposit and its récépissé. */
export function PdlApmlCreatePage() {
  const perimeters = useQuery(PdlPerimetersQuery);
  const [deposit] = useMutation(DepositPdlApmlMutation, { refetchQueries: [PdlApmlDossiersQuery] });
  const today = todayInFrance();
  const form = useForm<Values>({
    defaultValues: {
      ownerKind: 'PERSON',
      ownerName: '',
      ownerContact: '',
      street: '',
      communeInsee: '',
      dwellingType: 'HOUSE',
      surfaceM2: null,
      floor: null,
      rooms: null,
      lettingContext: 'NEW_TENANT',
      depositedOn: today,
      receivedOn: today,
      anahJoint: false,
    },
  });
  // the communes that have (or had) a perimeter: a dossier elsewhere would be refused anyway
  const communes = [
    ...new Map((perimeters.data?.pdlPerimeters ?? []).map((p) => [p.communeInsee, p.communeName])).entries(),
  ].map(([code, label]) => ({ code, label }));
  return (
    <Box>
      <PageHeader title="Nouvelle demande APML" />
      <Paper sx={{ p: 3 }}>
        <FormShell
          form={form}
          label="Nouvelle demande APML"
          serverFields={FIELDS}
          submitLabel="Enregistrer la demande"
          cancelTo="/permis-louer"
          success="Demande APML enregistrée."
          onSubmit={async (v) => {
            const r = await deposit({
              variables: {
                input: {
                  ...v,
                  ownerContact: v.ownerContact.trim() || null,
                  surfaceM2: v.surfaceM2 ?? 0,
                  rooms: v.rooms ?? 0,
                  floor: v.floor,
                },
              },
            });
            return `/permis-louer/apml/${r.data!.depositPdlApml.id}`;
          }}
        >
          <Typography variant="h6">Propriétaire</Typography>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <SelectInput<Values> native name="ownerKind" label="Type de propriétaire" choices={PDL_OWNER_KINDS} />
            <TextInput<Values> name="ownerName" label="Propriétaire" required fullWidth />
            <TextInput<Values> name="ownerContact" label="Contact du propriétaire" fullWidth />
          </Stack>
          <Typography variant="h6">Logement</Typography>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <TextInput<Values> name="street" label="Adresse" required fullWidth />
            <SelectInput<Values> native name="communeInsee" label="Commune" choices={communes} required />
          </Stack>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <SelectInput<Values> native name="dwellingType" label="Type de logement" choices={PDL_DWELLING_TYPES} />
            <DecimalInput<Values> name="surfaceM2" label="Surface (m²)" required min={1} maxDecimals={2} />
            <DecimalInput<Values> name="rooms" label="Nombre de pièces" required min={1} maxDecimals={0} />
            <DecimalInput<Values> name="floor" label="Étage" maxDecimals={0} />
          </Stack>
          <Typography variant="h6">Demande</Typography>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <SelectInput<Values> native name="lettingContext" label="Contexte" choices={PDL_LETTING_CONTEXTS} />
            <DateInput<Values> name="depositedOn" label="Date de dépôt" required notFuture />
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
