import { useMutation } from '@apollo/client/react';
import { Checkbox, FormControl, FormControlLabel, FormHelperText, Stack, Typography } from '@mui/material';
import { CREMATION_KINDS, type CremationKind } from '@call/domain';
import { Controller, useForm, type Control } from 'react-hook-form';
import { useSearchParams } from 'react-router';
import { todayInFrance } from '../../shared/format';
import { DateInput, DateTimeInput, FormShell, PageHeader, SelectInput, TextInput } from '../../shared/kit';
import { BookCremationMutation } from './graphql/crematorium.documents';

interface Values {
  lineCode: string;
  day: string;
  time: string;
  kind: CremationKind;
  deceasedLastName: string;
  deceasedFirstNames: string;
  birthOn: string;
  deathAt: string;
  deathCommuneName: string;
  residenceCommuneName: string;
  operatorName: string;
  authorisationOn: string;
  authorisationCommune: string;
  prosthesisCertificate: boolean;
  ceremonyRoom: boolean;
  derogationRef: string;
}
const FIELDS = [
  'lineCode',
  'day',
  'kind',
  'deceasedLastName',
  'deceasedFirstNames',
  'birthOn',
  'deathAt',
  'deathCommuneName',
  'residenceCommuneName',
  'operatorName',
  'authorisationOn',
  'authorisationCommune',
  'prosthesisCertificate',
  'derogationRef',
] as const;
const LINES = [
  { code: 'L1', label: 'Ligne 1' },
  { code: 'L2', label: 'Ligne 2' },
];

function Check({
  control,
  name,
  label,
}: {
  control: Control<Values>;
  name: 'prosthesisCertificate' | 'ceremonyRoom';
  label: string;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormControl error={!!fieldState.error}>
          <FormControlLabel
            control={<Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />}
            label={label}
          />
          {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
        </FormControl>
      )}
    />
  );
}

/** Books a slot on a line for a deceased person; the server checks the legal window and that the slot is free. */
export function CremationBookingPage() {
  const [params] = useSearchParams();
  const [book] = useMutation(BookCremationMutation);
  const form = useForm<Values>({
    defaultValues: {
      lineCode: params.get('ligne') ?? 'L1',
      day: params.get('jour') ?? todayInFrance(),
      time: params.get('heure') ?? '08:00',
      kind: 'ADULT',
      deceasedLastName: '',
      deceasedFirstNames: '',
      birthOn: '',
      deathAt: '',
      deathCommuneName: '',
      residenceCommuneName: '',
      operatorName: '',
      authorisationOn: todayInFrance(),
      authorisationCommune: '',
      prosthesisCertificate: false,
      ceremonyRoom: false,
      derogationRef: '',
    },
  });
  return (
    <>
      <PageHeader title="Nouvelle réservation de crémation" />
      <FormShell
        form={form}
        label="Réservation de crémation"
        serverFields={FIELDS}
        serverFieldAliases={{ startsAt: 'day' }}
        submitLabel="Réserver le créneau"
        cancelTo="/crematorium"
        success="Crémation réservée."
        onSubmit={async (v) => {
          const r = await book({
            variables: {
              input: {
                lineCode: v.lineCode,
                startsAt: new Date(`${v.day}T${v.time}`).toISOString(),
                kind: v.kind,
                deceasedLastName: v.deceasedLastName,
                deceasedFirstNames: v.deceasedFirstNames,
                birthOn: v.birthOn || null,
                deathAt: new Date(v.deathAt).toISOString(),
                deathCommuneName: v.deathCommuneName,
                residenceCommuneName: v.residenceCommuneName,
                operatorName: v.operatorName,
                authorisationOn: v.authorisationOn,
                authorisationCommune: v.authorisationCommune,
                prosthesisCertificate: v.prosthesisCertificate,
                ceremonyRoom: v.ceremonyRoom,
                derogationRef: v.derogationRef.trim() || null,
              },
            },
          });
          return `/crematorium/cremations/${r.data!.bookCremation.id}`;
        }}
      >
        <Typography variant="h6" component="h2">
          Créneau
        </Typography>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <SelectInput<Values> native name="lineCode" label="Ligne" choices={LINES} />
          <DateInput<Values> name="day" label="Jour de la crémation" required />
          <TextInput<Values>
            name="time"
            label="Heure du créneau (hh:mm)"
            requiredMessage="Heure du créneau : obligatoire."
          />
          <SelectInput<Values> native name="kind" label="Nature" choices={CREMATION_KINDS} />
        </Stack>
        <Typography variant="h6" component="h2">
          Défunt
        </Typography>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <TextInput<Values>
            name="deceasedLastName"
            label="Nom du défunt"
            requiredMessage="Nom du défunt : obligatoire."
          />
          <TextInput<Values>
            name="deceasedFirstNames"
            label="Prénoms du défunt"
            requiredMessage="Prénoms : obligatoires."
          />
          <DateInput<Values> name="birthOn" label="Date de naissance" notFuture />
        </Stack>
        <DateTimeInput<Values> name="deathAt" label="Date du décès" timeLabel="Heure du décès" required notFuture />
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <TextInput<Values>
            name="deathCommuneName"
            label="Commune du décès"
            requiredMessage="Commune du décès : obligatoire."
          />
          <TextInput<Values>
            name="residenceCommuneName"
            label="Commune de résidence"
            requiredMessage="Commune de résidence : obligatoire."
          />
        </Stack>
        <Typography variant="h6" component="h2">
          Opérateur et autorisations
        </Typography>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <TextInput<Values>
            name="operatorName"
            label="Opérateur funéraire"
            requiredMessage="Opérateur funéraire : obligatoire."
          />
          <DateInput<Values> name="authorisationOn" label="Autorisation du maire du" required />
          <TextInput<Values>
            name="authorisationCommune"
            label="Commune de l’autorisation"
            requiredMessage="Commune de l’autorisation : obligatoire."
          />
        </Stack>
        <Check
          control={form.control}
          name="prosthesisCertificate"
          label="Attestation de retrait des prothèses à pile reçue"
        />
        <Check control={form.control} name="ceremonyRoom" label="Salle de cérémonie réservée" />
        <TextInput<Values> name="derogationRef" label="Dérogation préfectorale (hors délai légal)" />
      </FormShell>
    </>
  );
}
