import { useApolloClient, useMutation } from '@apollo/client/react';
import { Stack } from '@mui/material';
import { FOURRIERE_SPECIES, type FourriereSpecies } from '@call/domain';
import { useForm } from 'react-hook-form';
import { todayInFrance } from '../../shared/format';
import { DateInput, DecimalInput, FormShell, SelectInput, TextInput, useBackdatedConfirm } from '../../shared/kit';
import { FourriereTariffsQuery } from './graphql/fourriere-tariffs.query';
import { FourriereTariffImpactQuery, SetFourriereTariffMutation } from './graphql/set-fourriere-tariff.mutation';

interface Values {
  validFrom: string;
  species: FourriereSpecies;
  capture: number | null;
  boardingPerDay: number | null;
  identification: number | null;
  vetVisit: number | null;
  note: string;
}
type Amount = 'capture' | 'boardingPerDay' | 'identification' | 'vetVisit';
const AMOUNTS: { name: Amount; label: string }[] = [
  { name: 'capture', label: 'Capture et transport (€)' },
  { name: 'boardingPerDay', label: 'Garde par jour (€)' },
  { name: 'identification', label: 'Identification (€)' },
  { name: 'vetVisit', label: 'Visite vétérinaire (€)' },
];
const FIELDS = ['validFrom', 'species', 'note', ...AMOUNTS.map((a) => a.name)] as const;
// the server names amounts in cents (captureCents): its errors go under the field typed in euros
const ALIASES = Object.fromEntries(AMOUNTS.map((a) => [`${a.name}Cents`, a.name])) as Record<string, Amount>;
const cents = (euros: number | null) => Math.round((euros ?? 0) * 100);

/**
 * A new dated tariff for one species: stays begun before its date keep the former price. Dated in a year already
 * reported, it names the published figures it would change and asks first.
 */
export function TariffForm() {
  const [setTariff] = useMutation(SetFourriereTariffMutation, { refetchQueries: [FourriereTariffsQuery] });
  const client = useApolloClient();
  const { confirmBackdated, dialog } = useBackdatedConfirm();
  const form = useForm<Values>({
    defaultValues: {
      validFrom: todayInFrance(),
      species: 'DOG',
      capture: null,
      boardingPerDay: null,
      identification: null,
      vetVisit: null,
      note: '',
    },
  });
  return (
    <FormShell
      form={form}
      label="Nouveau tarif"
      serverFields={FIELDS}
      serverFieldAliases={ALIASES}
      submitLabel="Enregistrer le tarif"
      success="Tarif enregistré."
      onSubmit={async (v) => {
        const input = {
          validFrom: v.validFrom,
          species: v.species,
          captureCents: cents(v.capture),
          boardingPerDayCents: cents(v.boardingPerDay),
          identificationCents: cents(v.identification),
          vetVisitCents: cents(v.vetVisit),
          note: v.note.trim() || null,
        };
        const confirmed = await confirmBackdated({
          date: v.validFrom,
          what: 'Tarif daté',
          changes: async () =>
            (
              await client.query({
                query: FourriereTariffImpactQuery,
                variables: { input },
                fetchPolicy: 'network-only',
              })
            ).data?.fourriereTariffImpact ?? [],
        });
        await setTariff({ variables: { input, confirmBackdated: confirmed } });
      }}
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <DateInput<Values> name="validFrom" label="En vigueur à partir du" required autoFocus />
        <SelectInput<Values> native name="species" label="Espèce" choices={FOURRIERE_SPECIES} />
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        {AMOUNTS.map((a) => (
          <DecimalInput<Values> key={a.name} name={a.name} label={a.label} required min={0} maxDecimals={2} />
        ))}
      </Stack>
      <TextInput<Values> name="note" label="Note (délibération)" />
      {dialog}
    </FormShell>
  );
}
